/** A Python syntax error's frame: `File "...", line N`, with no function named. */
const syntaxErrorFrame = /^\s*File ".*", line \d+$/
/** The line naming a syntax error: `IndentationError: unexpected indent`. */
const syntaxErrorLine = /^(?:[\w.]+\.)?(?:SyntaxError|IndentationError|TabError)(?::|$)/
const tracebackHeader = /^\s*Traceback \(most recent call last\):$/

/** Where the lines left out are, on each side: indexes into the lines given. */
export interface ReportLinesLeftOut {
  expected: number[]
  actual: number[]
}

/**
 * The lines of Python's syntax error reports left out of a comparison, as
 * doctest compares an exception by its line alone (its indented lines are
 * stack): the quoted source lines and their `^` marker between the report's
 * `File "x.py", line 3` frame and its error line, on both sides (where the
 * caret stands, whether it is printed, and the source as the author's
 * console quoted it, `print ("a"` for `print("a"`, change with the version
 * and the console). The frame is compared where the post shows one; where it
 * shows the error line alone (a lesson's ```` ```error ```` fence, read with
 * a traceback's header above it), the real report's frame and that header
 * are left out: the post shows what the error is, not where.
 */
export function syntaxReportLinesLeftOut(
  expected: readonly string[],
  actual: readonly string[],
): ReportLinesLeftOut {
  const shown = reports(expected)
  const real = reports(actual)
  const leftOut: ReportLinesLeftOut = {
    expected: shown.flatMap((report) => report.quoted),
    actual: real.flatMap((report) => report.quoted),
  }
  if (shown.length === 0 && real.length > 0 && bareSyntaxErrors(expected).length > 0) {
    leftOut.expected.push(...bareSyntaxErrors(expected))
    leftOut.actual.push(...real.map((report) => report.frame))
  }
  return leftOut
}

interface Report {
  frame: number
  quoted: number[]
}

/** The syntax error reports of `lines`: a frame, indented lines, then a syntax error line. */
function reports(lines: readonly string[]): Report[] {
  const found: Report[] = []
  for (let index = 0; index < lines.length; index++) {
    if (!syntaxErrorFrame.test(lines[index] ?? '')) continue
    let next = index + 1
    while (next < lines.length && /^\s+\S/.test(lines[next] ?? '')) next++
    if (syntaxErrorLine.test(lines[next] ?? '')) {
      found.push({ frame: index, quoted: range(index + 1, next) })
    }
    index = next - 1
  }
  return found
}

/**
 * A syntax error shown by its line alone: the traceback header above it and
 * the stack between (`  ...`), which Python never prints for a syntax error
 * of the script, to be left out; none when no such error line is shown.
 */
function bareSyntaxErrors(lines: readonly string[]): number[] {
  const errorAt = lines.findIndex((line) => syntaxErrorLine.test(line))
  if (errorAt === -1) return []
  const header = lines.slice(0, errorAt).findLastIndex((line) => tracebackHeader.test(line))
  if (header === -1) return []
  const between = range(header + 1, errorAt)
  return between.every((index) => /^\s+\S/.test(lines[index] ?? '')) ? [header, ...between] : []
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k)
}
