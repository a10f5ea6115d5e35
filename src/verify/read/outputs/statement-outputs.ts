import type { Runner } from '../../runners.js'
import { saysThrows, statementError } from '../error-claims/error-comments.js'
import { printRaisesNamedError } from '../error-claims/raised-by-print.js'
import { saysFailsInWords } from '../error-claims/worded-errors.js'
import { gluedComment } from '../glued-comments.js'
import { type Statement, topLevelStatements } from '../statements.js'
import { calledPrints } from './called-prints.js'
import type { DocumentedOutput, OutputPart } from './documented-output.js'
import { outputMarker, printCall, uncomment } from './documented-output.js'
import { isEquivalenceConnective } from './equivalence-comments.js'
import {
  assignedValue,
  literalValue as literalLike,
  literalValues,
  readOutputBlock,
  readsClock,
  valueThenRemark,
} from './repl-values.js'
import { readsAsProse } from './value-claims.js'
import { valueSequence } from './value-sequence.js'
import { varyingSource, withVarying } from './varying-sources.js'
import { valueAfterVerb } from './verb-values.js'

/**
 * `=>`, `->`, `<-`, `→`, `⇒`, an output word (`输出undefined` too, glued to an
 * ASCII value), or a console's `>` before a logged line (`// > hello`),
 * opening a value comment.
 */
const valueMarker =
  /^(?:=>|->|<-(?!-)|→|⇒|-->|>(?=\s)|(?:expected\s+)?output\s*[:：]|输出(?:\s*[:：]|\s*(?=[!-~]))|结果\s*[:：]|prints?(?:[:：]|(?=\s)))\s*(.*)$/iu
/** A print call whose first argument is a label: `print('Sum:', total)`, `console.log("x =", x)`. */
const labelledPrint = /^(?:print|console\.log)\s*\(\s*[fFrRbB]?(['"`])(?:\\.|(?!\1).)*\1\s*,/
/** A value followed by words about it, after a comma, a dash or two spaces. */
const valueThenProse = /^(\S+?)(?:\s*[,;，；]\s*|\s+[-–—]\s+|\s{2,}|\s+(?=\p{L}{2,}))\S.*$/u

/** A comment saying a statement prints nothing: `// 无输出`, `# no output`. */
const nothingPrinted =
  /^(?:无输出|没有(?:任何)?输出|不输出|(?:prints\s+)?nothing(?:\s+(?:is\s+)?printed)?|no output)\W*$/iu
/** A print call anywhere in a statement: a block or loop that prints. */
const printsWithin = /(?:^|[^\w.$])(?:print|console\.(?:log|info|error|warn)|alert)\s*\(/

/** The value a comment documents; `whole`, the comment as written when the value is only its start. */
interface ValueComment {
  text: string
  loose: boolean
  whole?: string
}

/** How a statement relates to what it shows, which decides what a comment on it may document. */
type StatementKind = 'print' | 'call' | 'expression' | 'block' | 'other'

/**
 * Outputs documented statement by statement: a value comment on a line that
 * prints or is an expression (`print(x)  # [1, 2]`, `x  # => 3`,
 * `console.log(a) // 1`, `a // → 3`, a REPL-style `typeof b // "object"`),
 * or on the comment line right under it (`typeof f` / `// "function"`); a
 * comment after a block that prints (`} // true`, `} // 无输出`); an error
 * a statement raises (`v // ReferenceError: v is not defined`), checked in
 * place while the statements after it still run, as in a REPL; or several
 * `# Output:` comment blocks, each documenting the code above it since the
 * previous one. `undefined` when the sample documents its output once, or
 * not at all.
 *
 * Note: only top-level statements count, found from the syntax tree: a value
 * comment inside a function is left alone, since its line runs whenever the
 * function is called. One on a print call inside a loop documents the whole
 * loop's output (`// John, then 30`), and is compared only if it matches it.
 */
export function statementOutputs(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  const statements = topLevelStatements(runner, code)
  if (!statements) return undefined
  const lines = code.split('\n')
  const parts: OutputPart[] = []
  const endsStatement = new Map(statements.map((statement) => [statement.to, statement]))
  const shell = runner.commentPrefixes[0] === '#' && runner.id !== 'python'
  let blockStart = 1
  let blocks = 0
  let values = 0
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1
    const line = lines[index] ?? ''
    const statement = endsStatement.get(number)
    const kind: StatementKind = !statement
      ? 'other'
      : shell
        ? printCall.test(statement.text.trim())
          ? 'print'
          : 'other'
        : kindOf(statement, runner)
    // A print's comment is what it prints, even when that is an error's text, unless it says
    // in words that the call throws (`console.log(bar); // 报错ReferenceError`) or is an
    // error's `Name: message` that the call's arguments cannot print.
    const claimed = statement && !shell ? errorComment(line, runner) : undefined
    const error =
      kind !== 'print' ||
      saysThrows(claimed?.comment) ||
      saysFailsInWords(claimed?.comment) ||
      (statement && claimed && printRaisesNamedError(statement.text, claimed.comment, code))
        ? claimed
        : undefined
    if (statement && error) {
      // JavaScript can go on after an error only around an expression; a declaration that
      // throws stops the program, so such a sample is checked for the error alone.
      if (runner.id !== 'python' && !statement.expression) return undefined
      parts.push({
        from: statement.from,
        to: statement.to,
        value: false,
        inline: true,
        error,
        lines: [error.comment],
        lineNumbers: [fenceLine + number],
      })
      blockStart = number + 1
      values++
      continue
    }
    // A value comment on an assignment claims the value of the name it binds (`b = a[0]  # 'H'`).
    const assigned =
      statement && kind === 'other' && !shell
        ? assignmentPart(statement, trailingComment(line, runner), runner)
        : undefined
    if (assigned) {
      parts.push({ ...assigned, lineNumbers: [fenceLine + number] })
      blockStart = number + 1
      values++
      continue
    }
    const comment =
      statement && !innerPrintOfBlock(statement, kind, line) && !loopsOver(statement, kind, line)
        ? valueComment(line, kind, runner)
        : undefined
    // What a call prints through the function it calls, documented in that function.
    const through =
      statement && kind === 'call'
        ? calledPrints(statement, statements, lines, fenceLine, runner, (text) =>
            printedValue(text, runner),
          )
        : undefined
    if (statement && comment) {
      parts.push({
        ...part(statement, kind, comment, [fenceLine + number], true),
        ...(listsIterations(statement, kind, comment.text) && { iterations: true }),
        ...(through && { printedBy: through }),
      })
      blockStart = number + 1
      values++
      continue
    }
    // The value on the comment line right under the statement, alone there (`typeof f` / `// "function"`).
    const below = statement && !shell ? commentBelow(lines, index, runner) : undefined
    if (statement && below !== undefined) {
      const underError = kind === 'print' ? undefined : statementError(below)
      if (underError) {
        if (runner.id !== 'python' && !statement.expression) return undefined
        parts.push({
          from: statement.from,
          to: statement.to,
          value: false,
          error: underError,
          lines: [underError.comment],
          lineNumbers: [fenceLine + number + 1],
        })
        blockStart = number + 2
        values++
        index++
        continue
      }
      // Under an assignment, the value of the name it binds (`const e = Object.entries(o);` / `// → [['x', 42]]`).
      const assignedBelow = kind === 'other' ? assignmentPart(statement, below, runner) : undefined
      if (assignedBelow) {
        parts.push({ ...assignedBelow, inline: false, lineNumbers: [fenceLine + number + 1] })
        blockStart = number + 2
        values++
        index++
        continue
      }
      const marked = valueMarker.exec(below)?.[1]?.trim()
      const value = marked ? markedValue(below, marked, kind) : commentValue(below, kind)
      if (value && !outputMarker.test(below)) {
        parts.push({
          ...part(statement, kind, value, [fenceLine + number + 1], false),
          ...(listsIterations(statement, kind, value.text) && { iterations: true }),
          ...(through && { printedBy: through }),
        })
        blockStart = number + 2
        values++
        index++
        continue
      }
    }
    if (statement && through) {
      parts.push({
        from: statement.from,
        to: statement.to,
        value: false,
        printedBy: through,
        lines: through.lines,
        lineNumbers: through.lineNumbers,
      })
      values++
      continue
    }
    // A loop's comment on its one print, inside it or on its last line (a Python loop's).
    const lastOfLoop = statement && kind === 'block' && statement.from < number
    const looped =
      (!statement || lastOfLoop) && !shell
        ? loopComment(line, number, statements, runner)
        : undefined
    if (looped) {
      parts.push({
        from: looped.from,
        to: looped.to,
        value: false,
        inline: true,
        iterations: true,
        lines: [looped.text],
        lineNumbers: [fenceLine + number],
      })
      values++
      continue
    }
    const text = uncomment(line, runner.commentPrefixes)
    const marker = text === undefined ? undefined : outputMarker.exec(text.trim())
    if (!marker || /^\s/.test(line)) continue
    // A block with no statement above it is a header (`# Outputs:` in a function's doc comment).
    if (!statements.some((s) => s.from >= blockStart && s.to < number)) continue
    // An `# Output:` block: its comment lines document the code since the previous one.
    const body: string[] = []
    const numbers: number[] = []
    const first = marker[1]?.trim()
    if (first) {
      body.push(first)
      numbers.push(fenceLine + number)
    }
    let end = index + 1
    while (end < lines.length) {
      const next = uncomment(lines[end] ?? '', runner.commentPrefixes)
      if (next === undefined || outputMarker.test(next.trim())) break
      body.push(next)
      numbers.push(fenceLine + end + 1)
      end++
    }
    while (body.length > 0 && body.at(-1)?.trim() === '') {
      body.pop()
      numbers.pop()
    }
    const covered = statements.filter((s) => s.from >= blockStart && s.to < number)
    const reading = shell ? { value: false } : readOutputBlock(covered, body, runner)
    parts.push({
      from: blockStart,
      to: number - 1,
      ...reading,
      lines: body,
      lineNumbers: numbers,
    })
    if (reading.value || reading.error) values++
    blocks++
    blockStart = end + 1
    index = end - 1
  }
  // A loop's comment sits inside it: the parts go in the order of their statements.
  parts.sort((a, b) => a.from - b.from)
  const trailingOnly =
    blocks === 1 && parts.length === 1 && lines.slice(blockStart - 1).every((l) => !l.trim())
  if (parts.length === 0 || (trailingOnly && values === 0)) return undefined
  // Errors alone: the sample is checked for its first error, where the program stops
  // (a traceback in an `# Output:` block is checked in place, as a session's).
  if (blocks === 0 && parts.every((part) => part.error)) return undefined
  // Numbers a sample reads from the clock or draws at random are the author's run's.
  const varying = varyingSource(code)
  return {
    kind: 'statements',
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
    parts: parts.map((part) => withVarying(part, varying, lines, fenceLine)),
    reason: `${parts.length} statement output${parts.length === 1 ? '' : 's'} documented in comments, from line ${parts[0]?.lineNumbers[0] ?? fenceLine}`,
  }
}

function part(
  statement: Statement,
  kind: StatementKind,
  comment: ValueComment,
  lineNumbers: number[],
  inline: boolean,
): OutputPart {
  const nothing = nothingPrinted.test(comment.text)
  return {
    from: statement.from,
    to: statement.to,
    value: kind === 'call' || kind === 'expression',
    inline,
    loose: comment.loose,
    labelled: labelledPrint.test(statement.text.trim()),
    lines: nothing ? [] : [comment.text],
    ...(comment.whole !== undefined && { whole: comment.whole }),
    lineNumbers: nothing ? [] : lineNumbers,
    ...(nothing && lineNumbers[0] !== undefined && { nothingAt: lineNumbers[0] }),
  }
}

/** The part for a value comment on an assignment, its line number aside; `undefined` for a remark. */
function assignmentPart(
  statement: Statement,
  comment: string | undefined,
  runner: Runner,
): Omit<OutputPart, 'lineNumbers'> | undefined {
  const value = comment === undefined ? undefined : assignedValue(statement, comment, runner)
  if (!value) return undefined
  return {
    from: statement.from,
    to: statement.to,
    value: true,
    inline: true,
    shows: value.name,
    ...(readsClock.test(statement.text) && { clock: true }),
    lines: [value.text],
    ...(value.whole !== undefined && { whole: value.whole }),
  }
}

function kindOf(statement: Statement, runner: Runner): StatementKind {
  const text = statement.text.trim()
  if (printCall.test(text)) return 'print'
  if (statement.expression) return /\)\s*;?$/.test(text) ? 'call' : 'expression'
  // A block or loop whose own code prints (not a function or class defined for later).
  const defines =
    runner.id === 'python'
      ? /^(?:async\s+)?(?:def|class)\b|^@/
      : /^(?:async\s+)?function\b|^class\b|^(?:let|const|var)\s+\w+\s*=\s*(?:async\s+)?(?:function\b|\(|\w+\s*=>)/
  return printsWithin.test(text) && !defines.test(text) ? 'block' : 'other'
}

/**
 * Whether a comment on (or under) a loop, or a call whose callback prints
 * (`arr.forEach((v) => console.log(v))`), lists each printed line in turn,
 * joined by commas (`//> 0, 1` for `0` then `1`): compared line by line,
 * as a comment on the loop's one print is (see `valueSequence`).
 */
function listsIterations(statement: Statement, kind: StatementKind, text: string): boolean {
  const loops = kind === 'block' || (kind === 'call' && printsWithin.test(statement.text))
  return loops && valueSequence(text) !== undefined
}

/**
 * Whether a line is one of several print calls inside a block that ends on
 * it (a Python loop has no closing line): its comment is about that line's
 * own output (`print("年份:", m.group(1))  # 输出年份`), not the block's.
 */
function innerPrintOfBlock(statement: Statement, kind: StatementKind, line: string): boolean {
  if (kind !== 'block' || statement.from === statement.to) return false
  if (!printCall.test(line.trim())) return false
  return statement.text.split('\n').filter((text) => printsWithin.test(text)).length > 1
}

/** Whether a line is the one print call a loop ends on (Python's), whose comment is read as the loop's. */
function loopsOver(statement: Statement, kind: StatementKind, line: string): boolean {
  return (
    kind === 'block' &&
    statement.from < statement.to &&
    /^(?:for|while)\b/.test(statement.text.trim()) &&
    printCall.test(line.trim())
  )
}

/**
 * The value a trailing comment documents on a statement's last line, or
 * `undefined`; `loose` for a comment in words after a print call, which may
 * be the printed text (`# WELCOME TO PYTHON`) or a remark (`# greet`).
 */
function valueComment(line: string, kind: StatementKind, runner: Runner): ValueComment | undefined {
  const comment = trailingComment(line, runner)
  if (!comment) return undefined
  const marked = valueMarker.exec(comment)?.[1]?.trim()
  return marked ? markedValue(comment, marked, kind) : commentValue(comment, kind)
}

/**
 * The value after a comment's marker (`marked`, from `comment`). Words after
 * an arrow on a statement that prints nothing of its own describe what it
 * shows rather than quote it (`// -> Promise 实例对象`): compared only if alike.
 */
function markedValue(comment: string, marked: string, kind: StatementKind): ValueComment {
  // A value, then words about it in brackets: `# 输出: 2 (在 dict1 中找到了键 'b')`, `// → 'x$z' (not 'x$$z')`.
  const remarked = valueThenRemark(marked)
  if (remarked) return { text: remarked, loose: kind === 'call', whole: marked }
  // `输出 "x"` with no colon may be the author's words as much as a value: compared if alike.
  const spaced = /^输出\s/u.test(comment)
  return { text: marked, loose: spaced || (kind !== 'print' && readsAsProse(marked)) }
}

/** The value a print call's comment documents, `undefined` for none or for words. */
function printedValue(line: string, runner: Runner): string | undefined {
  const comment = valueComment(line, 'print', runner)
  return comment && !comment.loose ? comment.text : undefined
}

/** The text of a line's trailing comment, outside strings; `undefined` if none. */
function trailingComment(line: string, runner: Runner): string | undefined {
  const prefix = runner.commentPrefixes
    .map((candidate) => commentStart(line, candidate))
    .find((start) => start !== undefined)
  if (prefix === undefined) return undefined
  return line
    .slice(prefix)
    .replace(/^(?:#|\/\/)\s?/, '')
    .trim()
}

/**
 * What a comment without a marker documents of a statement of `kind`: after
 * a print call, a block that prints or a call, a value if it reads as one,
 * else perhaps a remark, which the comparison tells apart; after another
 * expression (`typeof b // "object"`, as a REPL shows it), only a value.
 */
function commentValue(comment: string, kind: StatementKind): ValueComment | undefined {
  if (kind === 'other' || isEquivalenceConnective(comment)) return undefined
  if (literalLike.test(comment)) return { text: comment, loose: false }
  if (nothingPrinted.test(comment) && kind !== 'expression') return { text: comment, loose: false }
  // A quoted value with a mark after it: `// "object"!`.
  const exclaimed = /^((['"`]).*\2)[!.。！]+$/u.exec(comment)?.[1]
  if (exclaimed) return { text: exclaimed, loose: false, whole: comment }
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

/** The text of the one comment line right under `lines[index]`, at its indentation, then a blank or code line. */
function commentBelow(lines: readonly string[], index: number, runner: Runner): string | undefined {
  const below = lines[index + 1] ?? ''
  if (/^\s/.test(below)) return undefined
  const text = uncomment(below, runner.commentPrefixes)?.trim()
  if (!text) return undefined
  const after = lines[index + 2]
  if (after !== undefined && uncomment(after, runner.commentPrefixes) !== undefined)
    return undefined
  return text
}

/**
 * A value comment on a print call inside a top-level loop: it documents
 * what the whole loop prints, all iterations (`// John, then 30`).
 */
function loopComment(
  line: string,
  number: number,
  statements: readonly Statement[],
  runner: Runner,
): { from: number; to: number; text: string } | undefined {
  const loop = statements.find((statement) => statement.from < number && statement.to >= number)
  if (!loop || !/^(?:for|while)\b/.test(loop.text.trim())) return undefined
  const code = line.trim()
  if (!printCall.test(code)) return undefined
  // Each iteration's value in turn (`# 1, 3, 5, 7, 9`), read whole.
  const written = trailingComment(line, runner) ?? ''
  const listed = valueMarker.exec(written)?.[1]?.trim() ?? written
  const comment = valueSequence(listed) ? { text: listed } : valueComment(line, 'print', runner)
  if (!comment) return undefined
  // Nested loops or several prints: which iteration printed what is not clear.
  const body = loop.text.split('\n').slice(1)
  if (body.filter((text) => printsWithin.test(text)).length !== 1) return undefined
  if (body.some((text) => /^\s*(?:for|while)\b/.test(text))) return undefined
  return { from: loop.from, to: loop.to, text: comment.text }
}

/**
 * An error a comment says its statement raises (`# ValueError: ...`,
 * `// 报错`), or `undefined`; words that merely mention errors
 * (`# error handling follows`) claim none.
 */
function errorComment(line: string, runner: Runner): OutputPart['error'] {
  for (const prefix of runner.commentPrefixes) {
    const start = commentStart(line, prefix)
    if (start === undefined) continue
    return statementError(line.slice(start + prefix.length).trim())
  }
  return undefined
}

/** Where a trailing `prefix` comment starts on a line, outside strings; `undefined` if none. */
export function commentStart(line: string, prefix: string): number | undefined {
  let quote: string | undefined
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'" || char === '`') quote = char
    else if (
      line.startsWith(prefix, index) &&
      (/\s/.test(line[index - 1] ?? '') || gluedComment(line, index, prefix)) &&
      line.slice(0, index).trim()
    ) {
      return index
    }
  }
  return undefined
}
