import { syntaxReportLinesLeftOut } from './syntax-error-reports.js'
/**
 * The lines of an error report that say where the error happened, not what
 * it is, left out of a comparison as doctest leaves out a traceback's stack.
 *
 * Python (doctest's rule): when the documented output shows a traceback
 * (`Traceback (most recent call last):`), the header and the exception
 * lines after the stack are compared, and the stack between them (`File
 * "...", line N, in ...` frames, their source lines, `^^^^` markers) is
 * not, on either side: it names the author's files and lines and changes
 * with each Python version. The exception's type and message stay exact.
 * When the documented output is the traceback alone, what the run printed
 * before it is not compared either, as doctest ignores it.
 *
 * Node: when the documented output shows an error (`TypeError: ...`,
 * `Trace: ...`) or a stack frame, the `    at ...` frames, the `Node.js
 * v20.1.0` line and the excerpt of the source Node prints above an uncaught
 * error (`file:line`, the code line, its `^` marker) are not compared, on
 * either side: the `Type: message` line is. Node's hints (`(Use \`node
 * --trace-warnings ...\` to show where the warning was created)`) never are.
 *
 * Python's syntax error reports (no traceback header: a `File "...", line N`
 * frame, the source line, its `^` marker, the error) keep their frame and
 * error lines; the quoted source and marker are left out, and the frame too
 * where the post shows the error line alone (syntax-error-reports.ts).
 */

/** Where the lines left out are, on each side: indexes into the lines given. */
export interface LeftOut {
  expected: number[]
  actual: number[]
}

const pythonHeader = /^\s*Traceback \((?:most recent call last|innermost last)\):$/
/**
 * A line of a Python traceback's stack: indented, a `File "...", line N`
 * frame, or the `line N, in f` of a frame whose long path wrapped it onto a
 * line of its own.
 */
const pythonStackLine = /^\s+\S|^\s*File ".*", line \d+|^line \d+, in \S+$/

/**
 * The header of an exception group's traceback, `+ Exception Group Traceback
 * (most recent call last):`, which Python indents and a post often shows flush left.
 */
const groupHeader = /^\s*\+ Exception Group Traceback \((?:most recent call last)\):$/
/** The `|` gutter Python draws before each line of an exception group's tree. */
const groupGutter = /^\s*\|\s?/

/** Whether a line is one of a Python traceback's stack (see `pythonStackLine`). */
export function isPythonStackLine(line: string): boolean {
  return pythonStackLine.test(line)
}
/** A Node stack frame, its place shown or left out: `    at f (file.js:3:9)`, `    at Object.<anonymous> ...`. */
const nodeFrame = /^\s+at (?:async )?\S.*(?:\)|:\d+(?::\d+)?|\s(?:\.\.\.|…))$/
const nodeVersion = /^Node\.js v\d+\.\d+\.\d+$/
const nodeHint = /^\(Use `node --[\w-]+ \.\.\.` to show where the (?:warning|error) was created\)$/
/** A line naming an error, as Node and browsers print it: `TypeError: x is not a function`, `Uncaught ReferenceError ...`, `Trace: ...`. */
const errorLine =
  /^(?:Uncaught )?(?:[A-Z][\w.]*(?:Error|Exception)(?: \[[\w-]+\])?|AssertionError|Trace)(?::|$)/
/** An error thrown: an error line but `console.trace`'s `Trace: ...`. */
const thrownLine = /^(?!Trace\b)/
/** The `file:line` Node prints above the source excerpt of an uncaught error. */
const excerptHeader = /^(?:<sample>|file:\/\/\S+|\/\S+|[A-Za-z]:\\\S+|\S+\.[cm]?[jt]sx?):\d+$/

/**
 * The indexes of the lines of `expected` and `actual` (both normalised, the
 * sample's path shown as `<sample>`) to leave out of their comparison.
 */
export function stackLinesLeftOut(expected: readonly string[], actual: readonly string[]): LeftOut {
  const leftOut: LeftOut = {
    expected: matching(expected, nodeHint),
    actual: matching(actual, nodeHint),
  }
  if (expected.some((line) => pythonHeader.test(line))) {
    leftOut.expected.push(...pythonStack(expected))
    leftOut.actual.push(...pythonStack(actual))
    leftOut.actual.push(...printedBeforeError(expected, actual))
  }
  leftOut.actual.push(...bareExceptionStack(expected, actual))
  if (expected.some((line) => groupHeader.test(line))) {
    leftOut.expected.push(...groupStack(expected))
    leftOut.actual.push(...groupStack(actual))
  }
  const reports = syntaxReportLinesLeftOut(expected, actual)
  leftOut.expected.push(...reports.expected)
  leftOut.actual.push(...reports.actual)
  if (expected.some((line) => nodeFrame.test(line) || errorLine.test(line.trim()))) {
    leftOut.expected.push(...nodeStack(expected))
    leftOut.actual.push(...nodeStack(actual))
  }
  return {
    expected: [...new Set(leftOut.expected)].sort((a, b) => a - b),
    actual: [...new Set(leftOut.actual)].sort((a, b) => a - b),
  }
}

/**
 * Whether documented lines end with an error Node did not catch: an error
 * line followed only by stack frames and Node's version line, at least one
 * of them shown (an error line alone may be one the program printed).
 */
export function endsWithNodeError(lines: readonly string[]): boolean {
  const shown = lines.filter((line) => line.trim() !== '')
  const last = shown.findLastIndex((line) => !nodeFrame.test(line) && !nodeVersion.test(line))
  const line = shown[last] ?? ''
  return last !== -1 && last < shown.length - 1 && errorLine.test(line) && thrownLine.test(line)
}

/**
 * When the documented output is an error alone, its first line the
 * traceback's header, the lines the run printed before its traceback: as
 * doctest compares an example that raises by its exception alone, whatever
 * it printed first.
 */
function printedBeforeError(expected: readonly string[], actual: readonly string[]): number[] {
  const first = expected.find((line) => line.trim() !== '') ?? ''
  const header = actual.findIndex((line) => pythonHeader.test(line))
  if (!pythonHeader.test(first) || header <= 0) return []
  return Array.from({ length: header }, (_, index) => index)
}

/** The normaliser's name for a traceback left out beside its exception's line shown alone. */
export const bareExceptionShown = 'exception shown by its last line'

/** A Python exception's line: `ValueError: bad`, `subprocess.CalledProcessError: Command ...`. */
const pythonExceptionLine =
  /^(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Iteration)(?::\s|$)/

/**
 * When the documented output ends with a Python exception's line and shows
 * no traceback header (`subprocess.CalledProcessError: Command '['false']'
 * returned non-zero exit status 1.` under "this will raise"), the header and
 * stack of the run's last traceback, when it ends with that same line: the
 * post shows the error by its last line, as doctest compares one. A
 * different exception or message keeps the whole traceback, and differs.
 * A comparison that left them out names `bareExceptionShown` among its
 * normalisers: the run's exit code 1 is the error the post shows.
 */
export function bareExceptionStack(
  expected: readonly string[],
  actual: readonly string[],
): number[] {
  if (expected.some((line) => pythonHeader.test(line))) return []
  const last = expected.findLast((line) => line.trim() !== '')?.trim() ?? ''
  if (!pythonExceptionLine.test(last)) return []
  const header = actual.findLastIndex((line) => pythonHeader.test(line))
  if (header === -1) return []
  let next = header + 1
  while (next < actual.length && pythonStackLine.test(actual[next] ?? '')) next++
  if ((actual[next] ?? '').trim() !== last) return []
  return Array.from({ length: next - header }, (_, offset) => header + offset)
}

function matching(lines: readonly string[], pattern: RegExp): number[] {
  return lines.flatMap((line, index) => (pattern.test(line) ? [index] : []))
}

/** The stack lines of each traceback in `lines`: after its header, up to the exception line. */
function pythonStack(lines: readonly string[]): number[] {
  const stack: number[] = []
  for (let index = 0; index < lines.length; index++) {
    if (!pythonHeader.test(lines[index] ?? '')) continue
    let next = index + 1
    while (next < lines.length && pythonStackLine.test(lines[next] ?? '')) stack.push(next++)
    index = next - 1
  }
  return stack
}

/**
 * Whether documented lines end with an uncaught exception group's tree: its
 * header, then only lines of the tree (in its `|` gutter or its `+---` rules),
 * the last one the rule closing it.
 */
export function endsWithExceptionGroup(lines: readonly string[]): boolean {
  const shown = lines.filter((line) => line.trim() !== '')
  const header = shown.findLastIndex((line) => groupHeader.test(line))
  const rest = header === -1 ? [] : shown.slice(header + 1)
  return (
    rest.length > 0 &&
    /^\s*\+-+$/.test(rest.at(-1) ?? '') &&
    rest.every((line) => /^\s*[|+]/.test(line))
  )
}

/**
 * An exception group's tree (`ExceptionGroup`, `except*`), as doctest reads
 * a traceback: its header and the frames in its `|` gutter are left out, the
 * group's line and each sub-exception's are compared.
 */
function groupStack(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) => {
    if (groupHeader.test(line)) return [index]
    if (!groupGutter.test(line)) return []
    const inner = line.replace(groupGutter, '')
    return pythonStackLine.test(inner) ? [index] : []
  })
}

/** Node's frames and version line (with the blank line before it), and the source excerpts above errors. */
function nodeStack(lines: readonly string[]): number[] {
  const found: number[] = []
  lines.forEach((line, index) => {
    if (nodeFrame.test(line)) found.push(index)
    if (nodeVersion.test(line)) found.push(...(lines[index - 1] === '' ? [index - 1] : []), index)
  })
  for (let index = 0; index < lines.length; index++) {
    if (!excerptHeader.test(lines[index] ?? '')) continue
    // The excerpt runs to the blank line before the error line.
    let end = index + 1
    while (end < lines.length && lines[end] !== '') end++
    if (!errorLine.test(lines[end + 1] ?? '')) continue
    for (let left = index; left <= end; left++) found.push(left)
    index = end
  }
  return found
}
