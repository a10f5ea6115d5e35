import type { OutputPart } from '../../read/outputs/documented-output.js'
import { type CompareOptions, compareOutput } from '../compare-output.js'

/** A statement that, run as a program, prints nothing of its own: an assignment or a declaration. */
const assignment =
  /^\s*(?:(?:var|let|const)\s+[\p{L}_$][\p{L}\p{N}_$]*|[\p{L}_$][\p{L}\p{N}_$.]*(?:\s*,\s*[\p{L}_$][\p{L}\p{N}_$.]*)*)\s*=(?![=>])/u

/** A print call. */
const printCall = /(?:^|[^\w.$])(?:console\.(?:log|info|error|warn)|print)\s*\(/u
/** A function written in place: an arrow or a `function` expression. */
const inPlaceFunction = /=>|\bfunction\b/u
/** A function bound to a name: `const log = () => ...`, `function log(...)`. */
const namedFunction =
  /(?:^|\n)\s*(?:(?:const|let|var)\s+([\p{L}_$][\p{L}\p{N}_$]*)\s*=\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*=>|[\p{L}_$][\p{L}\p{N}_$]*\s*=>)|(?:async\s+)?function\s*\*?\s*([\p{L}_$][\p{L}\p{N}_$]*))/gu

/**
 * The names of a sample's functions that print: their whole text, from the
 * name to the next line at the left margin, holds a print call.
 */
function printingFunctions(code: readonly string[]): Set<string> {
  const text = code.join('\n')
  const names = new Set<string>()
  for (const match of text.matchAll(namedFunction)) {
    const name = match[1] ?? match[2]
    if (name === undefined) continue
    const start = (match.index ?? 0) + match[0].length
    const rest = text.slice(start)
    const end = rest.search(/\n(?=\S)/u)
    if (printCall.test(end < 0 ? rest : rest.slice(0, end))) names.add(name)
  }
  return names
}

/**
 * Whether a statement hands a function that prints to a call that runs it
 * later, not a print of its own: `p.then((val) => console.log(val)) // 3`,
 * `emitter.on('event', log) // undefined`. Its comment is that function's
 * print, which comes when the callback runs; the statement's own value (a
 * pending Promise, the emitter) is never printed.
 */
function handsOnAPrint(statement: string, printing: ReadonlySet<string>): boolean {
  const text = statement.trim()
  if (/^(?:console\.(?:log|info|error|warn)|print)\s*\(/u.test(text)) return false
  const call = /\(([\s\S]*)\)\s*;?\s*(?:\/\/.*)?$/u.exec(text)
  if (!call) return false
  const inner = call[1] ?? ''
  if (inPlaceFunction.test(inner) && printCall.test(inner)) return true
  return inner.split(/[\s,()]+/u).some((word) => printing.has(word))
}

/**
 * Whether a sample's value comments, read one after the other, are what
 * the program printed, in order, when some of them sit on assignments
 * (`var n = 1; // [object Number]` above the loop that prints
 * `[object Number]`; `f = que(-1, 1, 2)  # -18` above `print(f(5))`): the
 * author wrote each printed line beside the statement it is about, not
 * beside the one printing it. Read so, the comments are one output block,
 * compared as a whole with what was printed, as doctest compares an
 * example's output. So are comments on statements that hand a printing
 * function to a call running it later (`promise.then((v) => console.log(v)) // 3`).
 * `code` holds the sample's lines; `shownParts` what each statement showed
 * (an assignment's value, which the program never prints).
 */
export function commentsInPrintOrder(
  parts: readonly OutputPart[],
  code: readonly string[],
  output: string,
  shownParts: ReadonlyArray<string | undefined>,
  options: CompareOptions,
): boolean {
  const printing = printingFunctions(code)
  const assigned = parts.map((part) => {
    const first = code[part.from - 1] ?? ''
    const statement = code.slice(part.from - 1, part.to).join('\n')
    return assignment.test(first) || handsOnAPrint(statement, printing)
  })
  // A call printing through a function it was handed later is read here, not through that function.
  if (
    !assigned.includes(true) ||
    parts.some((part, index) => part.error || (part.printedBy && !assigned[index]))
  )
    return false
  // What the program printed: its output without the values shown for its assignments.
  let printed = ''
  let from = 0
  for (const [index, shown] of shownParts.entries()) {
    if (!shown) continue
    const at = output.indexOf(shown, from)
    if (at < 0) return false
    printed += output.slice(from, assigned[index] ? at : at + shown.length)
    from = at + shown.length
  }
  printed += output.slice(from)
  if (printed.trim() === '') return false
  // A comment in words (`# the second way`) says nothing of what was printed, unless it is a
  // printed line: a word a callback printed (`// n`) is read with the others.
  const asPrinted = (claims: readonly OutputPart[]): boolean => {
    const lines = claims.flatMap((part) => part.lines)
    const lineNumbers = claims.flatMap((part) => part.lineNumbers)
    return compareOutput({ kind: 'comment', lines, lineNumbers, reason: '' }, printed, options).ok
  }
  return asPrinted(parts.filter((part) => !part.loose)) || asPrinted(parts)
}
