import type { OutputPart } from '../read/outputs/documented-output.js'
import { type CompareOptions, compareOutput } from './compare-output.js'

/** A statement that, run as a program, prints nothing of its own: an assignment or a declaration. */
const assignment =
  /^\s*(?:(?:var|let|const)\s+[\p{L}_$][\p{L}\p{N}_$]*|[\p{L}_$][\p{L}\p{N}_$.]*(?:\s*,\s*[\p{L}_$][\p{L}\p{N}_$.]*)*)\s*=(?![=>])/u

/**
 * Whether a sample's value comments, read one after the other, are what
 * the program printed, in order, when some of them sit on assignments
 * (`var n = 1; // [object Number]` above the loop that prints
 * `[object Number]`; `f = que(-1, 1, 2)  # -18` above `print(f(5))`): the
 * author wrote each printed line beside the statement it is about, not
 * beside the one printing it. Read so, the comments are one output block,
 * compared as a whole with what was printed, as doctest compares an
 * example's output. `code` holds the sample's lines; `shownParts` what each
 * statement showed (an assignment's value, which the program never prints).
 */
export function commentsInPrintOrder(
  parts: readonly OutputPart[],
  code: readonly string[],
  output: string,
  shownParts: ReadonlyArray<string | undefined>,
  options: CompareOptions,
): boolean {
  const assigned = parts.map((part) => assignment.test(code[part.from - 1] ?? ''))
  if (!assigned.includes(true) || parts.some((part) => part.error || part.printedBy)) return false
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
  // A comment in words (`# the second way`) says nothing of what was printed.
  const claims = parts.filter((part) => !part.loose)
  const lines = claims.flatMap((part) => part.lines)
  const lineNumbers = claims.flatMap((part) => part.lineNumbers)
  return compareOutput({ kind: 'comment', lines, lineNumbers, reason: '' }, printed, options).ok
}
