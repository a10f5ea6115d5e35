import type { Runner } from '../runners.js'
import { topLevelStatements } from './code/statements.js'
import { literalValue } from './outputs/comments/repl-values.js'
import { commentStart } from './outputs/comments/trailing-comments.js'

/**
 * A line that opens with `{` and ends with `}`: typed alone into a console
 * it is an object, not a block (the rule of Chrome's console, `wrapObjectLiteral`).
 */
const braceLine = /^\{.*\}$/

/** An input Node's REPL wraps in parentheses (`isObjectLiteral`): it opens with `{` and does not end with `;`. */
const bracesOpen = /^\{(?!.*;$)/

/** A comment naming the error its line raises: `// > SyntaxError: ...`, `// Uncaught TypeError`. */
const namesError = /\b[A-Z][A-Za-z]*Error\b|\bUncaught\b/

/** A comment claiming a value: `// -> 'bar'`, `// => 5`, `// > SyntaxError`, `// true`. */
function claimsValue(comment: string): boolean {
  const text = comment.replace(/^\/\/\s*/, '').trim()
  return /^(?:->|=>|→|>)/u.test(text) || literalValue.test(text) || namesError.test(text)
}

/** A call that prints: its input shows what it printed, as written. */
const prints = /(?:^|[^\w.$])(?:console\.\w+|alert|process\.stdout\.write)\s*\(/

/** A statement declaring a name a later console line may use; run as written, never inside `eval`. */
const declares = /^(?:const|let|var|class|function|async\s+function)\b/

/** A statement whose own text ends it, so the next line cannot join it: a declaration or a block. */
const endsItself =
  /^(?:(?:class|function|async\s+function|if|for|while|do|try|switch)\b|\{)[\s\S]*\}$/

/** How one console input is run: as written, as an object literal, or for its completion value. */
type Reading = 'as-written' | 'object' | 'completion'

/** One console input: the lines up to one that carries a value comment (0-based, inclusive). */
interface ConsoleInput {
  first: number
  last: number
  /** The code of the line that carries the comment, without it; `undefined` for the lines after the last. */
  valueCode?: string
  reading: Reading
}

/**
 * JavaScript written as console lines, run as a console runs them: every
 * line that carries a value comment (`[] + {}  // -> '[object Object]'`)
 * ends one input, whose value, printed as the console prints it, is the
 * one compared. As one script, such code misreads: a line opening with `[`
 * joins the line above (no semicolons) into code that does not parse,
 * `{} + {}` is a block then `+{}`, and a block or labelled statement
 * (`if (a) { 'x' } // -> 'x'`) has no value. So a fence is read as console
 * lines only when it does not run as written (it does not parse, or, with
 * no line joining the next, an input's value is the completion value of a
 * statement that is no expression) and each input parses alone, or
 * documents the error it raises. Then each input ends with `;`, a `{...}` line is wrapped in
 * parentheses, and an input whose value is a completion value is run
 * through a direct `eval`, which returns it, on its last line. Lines keep
 * their numbers and their comments. Note: the names an `eval`'d input uses
 * are not seen by the reading of names (a label `c:` is no use of `c`).
 */
export function consoleReading(code: string, runner: Runner): string {
  if (runner.id !== 'javascript') return code
  const lines = code.split('\n')
  const inputs = consoleInputs(lines, runner)
  if (!inputs?.some((input) => input.valueCode !== undefined)) return code
  const script = topLevelStatements(runner, code)
  if (script) {
    // Code that parses is a program: a line it joins to the one above is the author's (a call of
    // the line above's value, for want of a semicolon), which a reader running it meets too.
    const joins = inputs.some((input) =>
      script.some((statement) => statement.from <= input.last + 1 && statement.to > input.last + 1),
    )
    if (joins || inputs.every((input) => input.reading === 'as-written')) return code
  }
  const read = [...lines]
  for (const input of inputs) {
    const valueCode = input.valueCode
    if (valueCode === undefined) continue
    const line = lines[input.last] ?? ''
    const rest = line.slice(valueCode.length)
    const indent = /^\s*/.exec(valueCode)?.[0] ?? ''
    if (input.reading === 'object') {
      read[input.last] = `${indent}(${valueCode.trim()});${rest}`
    } else if (input.reading === 'completion') {
      const text = [...lines.slice(input.first, input.last), valueCode].join('\n')
      for (let index = input.first; index < input.last; index++) {
        if (!/^\s*(?:\/\/.*)?$/.test(lines[index] ?? '')) read[index] = ''
      }
      read[input.last] = `${indent}eval(${JSON.stringify(text)});${rest}`
    } else if (!/;\s*$/.test(valueCode) && !endsItself.test(valueCode.trim())) {
      read[input.last] = `${valueCode};${rest}`
    }
  }
  const result = read.join('\n')
  return topLevelStatements(runner, result) ? result : code
}

/**
 * The inputs of code read as console lines, each with how it runs;
 * `undefined` when some input neither parses alone nor documents its error.
 */
function consoleInputs(lines: readonly string[], runner: Runner): ConsoleInput[] | undefined {
  const inputs: ConsoleInput[] = []
  let first = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const start = commentStart(line, '//')
    if (start === undefined) continue
    const valueCode = line.slice(0, start).trimEnd()
    const text = [...lines.slice(first, index), valueCode].join('\n')
    const reading = readingOf(text, valueCode, line.slice(start), index - first + 1, runner)
    if (!reading) return undefined
    inputs.push({ first, last: index, valueCode, reading })
    first = index + 1
  }
  const tail = lines.slice(first).join('\n')
  if (tail.trim() !== '') {
    if (!topLevelStatements(runner, tail)) return undefined
    inputs.push({ first, last: lines.length - 1, reading: 'as-written' })
  }
  return inputs
}

/**
 * How a console runs one input whose last line (`line`, 1-based in `text`)
 * carries the comment; `undefined` when it does not parse alone and the
 * comment names no error.
 */
function readingOf(
  text: string,
  valueCode: string,
  comment: string,
  line: number,
  runner: Runner,
): Reading | undefined {
  const alone = text
    .split('\n')
    .slice(0, -1)
    .every((other) => /^\s*(?:\/\/.*)?$/.test(other))
  const trimmed = valueCode.trim()
  if (alone && braceLine.test(trimmed) && isOneExpression(`(${trimmed})`, runner)) return 'object'
  const statements = topLevelStatements(runner, text)
  // Node's REPL wraps every input opening with `{` and not ending with `;`: `{} instanceof
  // Object // true`, which Chrome's console, like a script, reads as a block, then a syntax error.
  if (
    alone &&
    !statements &&
    bracesOpen.test(trimmed) &&
    !namesError.test(comment) &&
    isOneExpression(`(${trimmed})`, runner)
  )
    return 'object'
  if (!statements) return namesError.test(comment) && !prints.test(text) ? 'completion' : undefined
  const last = statements.at(-1)
  if (!last) return undefined
  const onLine = statements.filter((statement) => statement.to === line)
  if (onLine.length === 1 && last.expression && last.to === line) return 'as-written'
  const declaring = statements.some((statement) => declares.test(statement.text))
  if (declaring || prints.test(text) || !claimsValue(comment)) return 'as-written'
  return 'completion'
}

/** Whether code is exactly one expression statement. */
function isOneExpression(code: string, runner: Runner): boolean {
  const statements = topLevelStatements(runner, code)
  return statements?.length === 1 && statements[0]?.expression === true
}
