import type { Runner } from '../../../runners.js'
import type { Statement } from '../../code/statements.js'
import { ownMessageClaim } from '../../error-claims/bare-error-messages.js'
import { statementError } from '../../error-claims/error-comments.js'
import { hedgedError } from '../../error-claims/hedged-errors.js'
import type { OutputPart } from '../documented-output.js'
import { printCall, uncomment } from '../documented-output.js'
import { valuePerArgument } from './argument-values.js'
import { isCodeAfterArrow } from './code-after-arrow.js'
import { isConstructorRepr } from './constructor-reprs.js'
import { isEquivalenceConnective } from './equivalence-comments.js'
import { listedValues } from './listed-values.js'
import { proseSequence } from './prose-sequence.js'
import { literalValue as literalLike, literalValues, valueThenRemark } from './repl-values.js'
import { printsWithin, type StatementKind } from './statement-kinds.js'
import { commentStart, trailingComment } from './trailing-comments.js'
import { readsAsProse } from './value-claims.js'
import { valueSequence } from './value-sequence.js'
import { valueAfterVerb, wordsAfterVerb } from './verb-values.js'

/**
 * Value comments: what a comment on a statement's line, or alone on the line
 * under it, says the statement shows (`print(x)  # [1, 2]`, `a // → 3`,
 * `// 输出: 2`), a loop's comment on its one print, and an error a comment
 * says the statement raises. Which statements may carry one is decided in
 * statement-outputs.ts.
 */

/**
 * `=>` (`==>` too), `->`, `<-`, `→`, `⇒`, an output word (`输出undefined` too, glued to an
 * ASCII value; `结果 >>> [1, 4]`, the word then an arrow; `输出结果：3.0`, `运行结果：`, `result: [1, 2]`), or a console's `>`
 * before a logged line (`// > hello`),
 * opening a value comment.
 */
export const valueMarker =
  /^(?:==?>|->|<-(?!-)|→|⇒|-->|>(?=\s)|(?:expected\s+)?output\s*[:：]|输出(?:\s*[:：]|\s*(?=[!-~]))|(?:输出|运行|执行|打印)?结果\s*(?:[:：]|>>>|=>|->)|results?\s*[:：]|prints?(?:[:：]|(?=\s)))\s*(.*)$/iu
/** A value followed by words about it, after a comma, a dash or two spaces. */
const valueThenProse = /^(\S+?)(?:\s*[,;，；]\s*|\s+[-–—]\s+|\s{2,}|\s+(?=\p{L}{2,}))\S.*$/u

/** A comment saying a statement prints nothing: `// 无输出`, `# no output`. */
export const nothingPrinted =
  /^(?:无输出|没有(?:任何)?输出|不输出|(?:prints\s+)?nothing(?:\s+(?:is\s+)?printed)?|no output)\W*$/iu

/** The value a comment documents; `whole`, the comment as written when the value is only its start. */
export interface ValueComment {
  text: string
  loose: boolean
  whole?: string
}

/**
 * The value a trailing comment documents on a statement's last line, or
 * `undefined`; `loose` for a comment in words after a print call, which may
 * be the printed text (`# WELCOME TO PYTHON`) or a remark (`# greet`).
 */
export function valueComment(
  line: string,
  kind: StatementKind,
  runner: Runner,
): ValueComment | undefined {
  const written = trailingComment(line, runner)
  // An emoji after the value is the author's cheer, not output: `// 2, 2 🎉`, `// "peach" 🎉`.
  const comment = written?.replace(trailingEmoji, '')
  if (!comment) return undefined
  const marked = valueMarker.exec(comment)?.[1]?.trim()
  // `# => map(lambda x: ...)`: the statement's equivalent code, no value.
  if (marked && isCodeAfterArrow(marked)) return undefined
  // One scalar per argument of the print (`console.log(x, y, z)  // 0 0 undefined`) is a claim.
  const values = marked ?? comment
  if (kind === 'print' && valuePerArgument(line, values)) return { text: values, loose: false }
  return marked ? markedValue(comment, marked, kind) : commentValue(comment, kind)
}

/**
 * The value after a comment's marker (`marked`, from `comment`). Words after
 * an arrow on a statement that prints nothing of its own describe what it
 * shows rather than quote it (`// -> Promise 实例对象`): compared only if alike.
 */
export function markedValue(comment: string, marked: string, kind: StatementKind): ValueComment {
  // A value, then words about it in brackets: `# 输出: 2 (在 dict1 中找到了键 'b')`, `// → 'x$z' (not 'x$$z')`.
  const remarked = valueThenRemark(marked)
  if (remarked) return { text: remarked, loose: kind === 'call', whole: marked }
  // After the verb `prints`, a value then words about it (`# prints 25 as given argument`)
  // gives the value, and words alone (`# prints zero as default area`) are compared if alike.
  if (/^prints?\s/iu.test(comment) && !literalLike.test(marked)) {
    const explained = valueThenProse.exec(marked)?.[1]
    if (explained && literalLike.test(explained)) {
      return { text: explained, loose: kind === 'call', whole: comment }
    }
    return { text: marked, loose: true, whole: comment }
  }
  // `输出 "x"` with no colon may be the author's words as much as a value: compared if alike,
  // unless a print's comment gives a literal (`// 输出 20`), which is what it prints.
  const spaced = /^输出\s/u.test(comment) && !(kind === 'print' && literalLike.test(marked))
  return { text: marked, loose: spaced || (kind !== 'print' && readsAsProse(marked)) }
}

/** The value a print call's comment documents, `undefined` for none or for words. */
export function printedValue(line: string, runner: Runner): string | undefined {
  const comment = valueComment(line, 'print', runner)
  return comment && !comment.loose ? comment.text : undefined
}

/**
 * What a comment without a marker documents of a statement of `kind`: after
 * a print call, a block that prints or a call, a value if it reads as one,
 * else perhaps a remark, which the comparison tells apart; after another
 * expression (`typeof b // "object"`, as a REPL shows it), only a value.
 */
export function commentValue(comment: string, kind: StatementKind): ValueComment | undefined {
  if (kind === 'other' || isEquivalenceConnective(comment)) return undefined
  if (literalLike.test(comment)) return { text: comment, loose: false }
  // An object shown as the call building it, as its repr is: `Counter({'a': 2})`, `Decimal('2.9')`.
  if (isConstructorRepr(comment)) return { text: comment, loose: false }
  if (nothingPrinted.test(comment) && kind !== 'expression') return { text: comment, loose: false }
  // A quoted value or a constant with a mark after it: `// "object"!`, `// true!`, `// false!!`.
  const exclaimed = /^((['"`]).*\2|true|false|True|False)[!.。！]+$/u.exec(comment)?.[1]
  if (exclaimed) return { text: exclaimed, loose: false, whole: comment }
  // The values of a call printing several, listed with commas: `console.log(a, b) // 1, 1`.
  if (kind === 'print' && commaListed(comment)) return { text: comment, loose: false }
  // A literal with a statement's semicolon copied after it: `// [[12], [4], [6.5]];`.
  const terminated = /^(.*[\]}'"\d])\s*;$/u.exec(comment)?.[1]
  if (terminated && literalLike.test(terminated)) return { text: terminated, loose: false }
  // A value, then why: `# 3, gives the quotient`, `# True - both are 1`, `# 2.0  a float`;
  // after a call, perhaps what it does later (`// 2 秒后显示：Hello`), so compared only if alike.
  const explained = valueThenProse.exec(comment)
  if (explained?.[1] && literalLike.test(explained[1])) {
    return { text: explained[1], loose: kind === 'call', whole: comment }
  }
  // A verb, then the value: `// shows 1`, `# 显示 3`, `// Outputs "c"`, `# returns 3`.
  const shownValue = valueAfterVerb(comment)
  if (shownValue) {
    return { text: shownValue, loose: kind === 'call', whole: comment }
  }
  // A verb, then words: the text printed bare, or what it is (`// logs hello closure!`): loose.
  const told = kind === 'expression' ? undefined : wordsAfterVerb(comment)
  if (told) return { text: told, loose: true, whole: comment }
  // A value, then words in brackets: `# 72 (ASCII code for 'H')`.
  const remarked = valueThenRemark(comment)
  if (remarked) return { text: remarked, loose: kind === 'call', whole: comment }
  // Several values, as a call printing more than one shows them: `// [ 'ada' ] 0`.
  if (kind !== 'expression' && literalValues(comment)) return { text: comment, loose: false }
  // One bare word after an expression may be a string shown without its quotes (`a.name // a`),
  // as some consoles show one; or a remark: compared only if alike.
  if (kind === 'expression')
    return bareWord.test(comment) ? { text: comment, loose: true } : undefined
  return { text: comment, loose: true }
}

const bareWord = /^[\p{L}_$][\p{L}\p{N}_$]*$/u

/** Emoji (and the marks that join or style them) ending a comment, after a space. */
const trailingEmoji = /(?<=\S)\s+(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u

/** Whether a comment lists two or more values with commas: `1, 1`, `'a', 2`, `1, [3,4]` (listed-values.ts). */
export function commaListed(comment: string): boolean {
  return listedValues(comment) !== undefined
}

/** The text of the one comment line right under `lines[index]`, at `indent` (its statement's), then a blank or code line. */
export function commentBelow(
  lines: readonly string[],
  index: number,
  runner: Runner,
  indent = '',
): string | undefined {
  const below = lines[index + 1] ?? ''
  // At the statement's own indentation: flush left, or inside a bare block opened as top-level code.
  if (!below.startsWith(indent) || /^\s/.test(below.slice(indent.length))) return undefined
  const text = uncomment(below, runner.commentPrefixes)?.trim()
  if (!text) return undefined
  const after = lines[index + 2]
  if (after !== undefined && uncomment(after, runner.commentPrefixes) !== undefined)
    return undefined
  return text
}

/**
 * A value comment on a print call inside a top-level loop: it documents
 * what the whole loop prints, all iterations (`// John, then 30`). So does a
 * comment in words listing the printed lines (`// outputs 0, then 1, up to
 * 9`, see `proseSequence`) on the one line of a loop or of a callback each
 * element is given to (`funcs.forEach(function(func) {` / `func(); // …`),
 * where that line calls what prints.
 */
export function loopComment(
  line: string,
  number: number,
  statements: readonly Statement[],
  runner: Runner,
): { from: number; to: number; text: string } | undefined {
  const loop = statements.find((statement) => statement.from < number && statement.to >= number)
  if (!loop) return undefined
  const head = loop.text.trim()
  const written = trailingComment(line, runner) ?? ''
  const body = loop.text.split('\n').slice(1)
  const prose = proseSequence(written)
  if (prose && (/^(?:for|while)\b/.test(head) || eachElement.test(head.split('\n')[0] ?? ''))) {
    const own = body.filter((text) => text.trim() !== '' && !/^\s*[})\];]+$/.test(text))
    if (own.length === 1 && printsOrCalls.test(line.trim())) {
      return { from: loop.from, to: loop.to, text: prose.join(', ') }
    }
  }
  if (!/^(?:for|while)\b/.test(head)) return undefined
  const code = line.trim()
  if (!printCall.test(code)) return undefined
  // Each iteration's value in turn (`# 1, 3, 5, 7, 9`), read whole.
  const listed = valueMarker.exec(written)?.[1]?.trim() ?? written
  const comment = valueSequence(listed) ? { text: listed } : valueComment(line, 'print', runner)
  if (!comment) return undefined
  // Nested loops or several prints: which iteration printed what is not clear.
  if (body.filter((text) => printsWithin.test(text)).length !== 1) return undefined
  if (body.some((text) => /^\s*(?:for|while)\b/.test(text))) return undefined
  return { from: loop.from, to: loop.to, text: comment.text }
}

/** A call handing each element to a callback: `funcs.forEach(function(func) {`, `xs.forEach((x) => {`. */
const eachElement =
  /\.forEach\s*\(\s*(?:async\s+)?(?:function\b[^{]*|\([^)]*\)\s*=>|[\p{L}_$][\p{L}\p{N}_$]*\s*=>)\s*\{\s*$/u
/** A line that is one call, `func();`, `print(x)`, `console.log(v)`: what it prints, it prints each time. */
const printsOrCalls = /^(?:await\s+)?[\p{L}_$][\p{L}\p{N}_$.]*\s*\(.*\)\s*;?\s*(?:\/\/.*|#.*)?$/u

/**
 * An error a comment says its statement raises (`# ValueError: ...`,
 * `// 报错`), or `undefined`; words that merely mention errors
 * (`# error handling follows`) claim none.
 */
export function errorComment(line: string, runner: Runner, code = ''): OutputPart['error'] {
  for (const prefix of runner.commentPrefixes) {
    const start = commentStart(line, prefix)
    if (start === undefined) continue
    const text = line.slice(start + prefix.length).trim()
    // The message of an error the sample throws itself (`// Contract violated: ...`) says so too.
    // Or one hedging it (`// 某些浏览器不报错`): it may throw here, or not.
    return statementError(text) ?? hedgedError(text) ?? ownMessageClaim(line, text, code)
  }
  return undefined
}
