import type { Runner } from '../../../runners.js'
import type { Statement } from '../../code/statements.js'
import type { OutputPart } from '../documented-output.js'
import { namesOfFields } from './field-names.js'

/**
 * A comment that reads as a value rather than prose: a number (`0b1010`, `0xff` too), string, list, dict, tuple,
 * constant, or a collection as a console shows it with its constructor (`Set {1, 2}`,
 * `Map(1) {"a" => 1}`, `Array [1, 2]`).
 */
export const literalValue =
  /^(?:-?0[bBoOxX][\da-fA-F_]+n?|-?\d[\d_.,eE+-]*n?|'[^']*'|"[^"]*"|`[^`]*`|\[.*\]|\{.*\}|\(.*\)|True|False|None|true|false|null|undefined|NaN|-?Infinity|<[^>]+>|(?:Set|Map|WeakSet|WeakMap|Array|Object)(?:\(\d+\))? ?(?:\{.*\}|\[.*\]))$/u

/** Literals that need no brackets: a number, a quoted string, a constant. */
const bareLiteral =
  /^(?:-?\d[\d_.eE+-]*n?|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`|True|False|None|true|false|null|undefined|NaN|-?Infinity)/u

/**
 * Whether a comment is several values side by side, as a call printing more
 * than one shows them (`console.log(a, b) // [ 'ada' ] 0`, `print(x, y)  # 1 'a'`):
 * numbers, constants, arrays and objects, separated by spaces or commas, an
 * array or object among them. A quoted string among them is left out (a print
 * shows it without its quotes, so the comment may be written either way), and
 * so are brackets, which may hold a remark (`30n (correct)`).
 */
export function literalValues(comment: string): boolean {
  let rest = comment.trim()
  let count = 0
  let containers = 0
  while (rest !== '') {
    const value = bareLiteral.exec(rest)?.[0] ?? bracketed(rest)
    if (!value || /^['"`(]/u.test(value)) return false
    count++
    if (/^[[{]/u.test(value)) containers++
    rest = rest.slice(value.length).replace(/^\s*,?\s*/u, '')
  }
  return count >= 2 && containers > 0
}

/** The bracketed value `text` opens with (`[ 1, [2] ]`, `{ a: '}' }`), quotes respected, or `undefined`. */
function bracketed(text: string): string | undefined {
  const closers: Record<string, string> = { '[': ']', '{': '}', '(': ')' }
  const first = text[0]
  if (first === undefined || !closers[first]) return undefined
  const open: string[] = []
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    if (char === "'" || char === '"') {
      const end = text.indexOf(char, index + 1)
      if (end < 0) return undefined
      index = end
    } else if (closers[char]) {
      open.push(closers[char])
    } else if (char === ']' || char === '}' || char === ')') {
      if (open.pop() !== char) return undefined
      if (open.length === 0) return text.slice(0, index + 1)
    }
  }
  return undefined
}

/**
 * A sentence naming what a statement gives before the value (`# The output is 16`,
 * `// the result is 8`, `# The result will be 3`), and its Han form, the operation
 * perhaps named first (`#结果为 8`, `# 输出为 16`, `#两数相加结果为8`): regular-expression source,
 * read by value comments on prints (verb-values.ts) and on assignments (`marker`).
 */
export const resultIs = String.raw`(?:the\s+)?(?:result|output|return(?:ed)?\s+value)\s+(?:is|will\s+be|would\s+be|should\s+be)`
export const hanResultIs = String.raw`\p{Script=Han}*?(?:结果|输出|返回值)(?:为|是)`

/**
 * `=>` (`==>` too), `->`, `<-`, `→`, an output word, or a verb phrase saying what the
 * value is (`equal to -25`, `equals 3`, `等于 -25`, `值为 3`, `the result is 8`) opening a value comment.
 */
const marker = new RegExp(
  String.raw`^(?:==?>|->|<-(?!-)|→|⇒|-->|(?:expected\s+)?output\s*[:：]|输出\s*[:：]|结果\s*[:：]|(?:(?:is|are)\s+)?equal(?:s|\s+to)\s|等于|值(?:为|是)|(?:${resultIs}|${hanResultIs})\s*[:：]?)\s*`,
  'iu',
)

/** The name an assignment binds, Python (`b = a[0]`) or JavaScript (`const b = a[0];`). */
const pythonTarget = /^([\p{L}_][\p{L}\p{N}_.]*)\s*(?::[^=]+)?=(?!=)/u
const javascriptTarget =
  /^(?:(?:const|let|var)\s+)?([\p{L}_$][\p{L}\p{N}_$.]*)\s*(?::[^=]+)?=(?![=>])/u

/** Code reading the clock, or a name holding its reading: `now.day`, `datetime.now()`, `new Date()`. */
export const readsClock =
  /\b(?:now|today|utcnow)\b|\btime\.(?:time|localtime|gmtime)\b|\bDate\.now\b|\bnew Date\b|\.get(?:Full|UTC)?(?:Year|Month|Date|Day|Hours|Minutes|Seconds)\(/u

/** The value a value comment on an assignment claims for the name it binds. */
export interface AssignedValue {
  /** The name whose value, after the statement, is shown and compared. */
  name: string
  /** The documented value. */
  text: string
  /** The comment as written, when `text` is only the value it starts with. */
  whole?: string
  /** Words that may be a string's value written without its quotes (`// wor`), in JavaScript. */
  unquoted?: boolean
}

/**
 * The value a trailing comment claims for the name an assignment binds, as
 * a REPL would show that name afterwards: `b = a[0]  # 'H'`,
 * `a = '\xf1'  # a = 'ñ'`, `d = a[-1]  # 'd' (end of string)`,
 * `const nullArr = new Array(3).fill(null); // [null, null, null]`.
 * `undefined` for a comment in words (`x = 5  # x is five`), which stays a
 * remark, and for a statement that is not a simple assignment.
 */
export function assignedValue(
  statement: Statement,
  comment: string,
  runner: Runner,
): AssignedValue | undefined {
  const javascript = runner.id === 'javascript' || runner.id === 'typescript'
  if (runner.id !== 'python' && !javascript) return undefined
  const text = statement.text.trim()
  // One statement per line: `a = 1; b = 2  # 2` names two.
  if (/;\s*\S/.test(text.replace(/;\s*$/, '')) && !text.includes('\n')) return undefined
  const name = (javascript ? javascriptTarget : pythonTarget).exec(text)?.[1]
  if (!name || /^(?:const|let|var|if|for|while|return)$/.test(name)) return undefined
  const claim = comment.replace(marker, '').trim()
  // The comment may name the target again: `# a = 'ñ'`.
  const named = new RegExp(`^${name.replace(/[.$]/g, '\\$&')}\\s*=(?!=)\\s*(.+)$`, 'u').exec(claim)
  const value = named?.[1]?.trim() ?? claim
  // The fields' names, `point = (28.2, 112.9)  # (lat, lon)`: a remark (field-names.ts).
  if (namesOfFields(value, text)) return undefined
  if (literalValue.test(value)) {
    const shown = javascript ? bigIntShown(text, value) : value
    return shown === comment ? { name, text: shown } : { name, text: shown, whole: comment }
  }
  const lead = valueThenRemark(value)
  if (lead !== undefined) return { name, text: lead, whole: comment }
  // A string's value without its quotes, `const sub = s.substring(5, 8)` / `// wor`; a remark
  // unless the value turns out a string spelt nearly so (compare/unquoted-strings.ts).
  return javascript && unquotedWords.test(value) && stringValued.test(text)
    ? { name, text: value, unquoted: true }
    : undefined
}

/** Up to four words, letters and digits only: a string printed without its quotes, or a remark. */
const unquotedWords = /^[\p{L}\p{N}_]+(?: [\p{L}\p{N}_]+){0,3}$/u
/**
 * An assignment whose value is a string by its code: a string or template literal, or a call of
 * a string method that returns one (`s.substring(5, 8)`, `name.toUpperCase()`, `words.join(' ')`).
 */
const stringValued =
  /=\s*(?:['"`]|.*\.(?:substring|substr|slice|toUpperCase|toLowerCase|toLocaleUpperCase|toLocaleLowerCase|trim|trimStart|trimEnd|padStart|padEnd|repeat|replace|replaceAll|charAt|concat|at|join|toString|toFixed|normalize)\([^()]*\)\s*;?\s*$|\s*String\()/u

/**
 * A comment giving the number a bigint literal of another base stands for
 * (`const a = 0b1010n;  // 10`), as Node shows that bigint: `10n`. A
 * comment giving another number is left as written, and fails.
 */
function bigIntShown(statement: string, comment: string): string {
  const literal = /=\s*(0[box][\da-f]+)n\s*;?\s*$/iu.exec(statement)?.[1]
  if (literal === undefined || !/^\d+$/u.test(comment)) return comment
  return BigInt(literal).toString() === comment ? `${comment}n` : comment
}

/**
 * The value a comment starts with when words about it follow, in brackets
 * or after a dash or comma: `72 (ASCII code for 'H')`, `'d' (end of string)`,
 * `{} (这是 Object.prototype.toString() 的结果)` (a call's brackets inside),
 * `[ , , ] - map() skips empty slots`, `false，不相等` (no space after a full-width
 * comma, as Chinese is written); `undefined` otherwise.
 */
export function valueThenRemark(comment: string): string | undefined {
  const match =
    /^(.+?)\s*(?:\((?=(?:[^()]|\([^()]*\))*?\p{L}{2,})(?:[^()]|\([^()]*\))*\)|（[^（）]*\p{L}[^（）]*）|[,;]\s+\p{L}.*|[，；]\s*\p{L}.*|\s[-–—]\s+\S.*)$/u.exec(
      comment,
    )
  const value = match?.[1]?.trim()
  return value !== undefined && literalValue.test(value) ? value : undefined
}

/** A print call anywhere in a statement. */
const prints = /(?:^|[^\w.$])(?:print|console\.(?:log|info|error|warn|dir|table)|alert)\s*\(/

/** What an `# Output:` block documents of the code above it, as a REPL would show it. */
export type BlockReading = Pick<OutputPart, 'value' | 'shows' | 'error'>

/**
 * How an `# Output:` comment block reads the statements above it: a
 * traceback written in comments (`# Output: Traceback ...` / `#   StopIteration`)
 * documents the error the code raises, checked by its name as in a session;
 * under code that prints nothing, the block is what a REPL echoes, the value
 * of a bare expression (`add_to(42)` / `# Output: [42]`) or of the name
 * the last statement assigns (`product = reduce(...)` / `# Output: 24`).
 * Else the block is what the code prints.
 */
export function readOutputBlock(
  covered: readonly Statement[],
  body: readonly string[],
  runner: Runner,
): BlockReading {
  const lines = body.filter((line) => line.trim() !== '')
  if (/^Traceback \(most recent call last\)/.test(lines[0]?.trim() ?? '')) {
    const last = lines.at(-1)?.trim() ?? ''
    const name = /^([A-Za-z_][\w.]*)(?::|$)/u.exec(last)?.[1]?.split('.').at(-1)
    if (name) return { value: false, error: { name, comment: last } }
  }
  const last = covered.at(-1)
  if (!last || covered.some((statement) => prints.test(statement.text))) return { value: false }
  if (last.expression) return { value: true }
  const assigned = assignedValue(last, lines.join(' '), runner)
  return assigned ? { value: true, shows: assigned.name } : { value: false }
}
