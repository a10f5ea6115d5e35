// Python errors shown as a notebook or a lesson shows them, read as the traceback a script prints.

/** IPython's rule above a traceback (`-----...`). */
const rule = /^\s*-{10,}\s*$/
/** IPython's header: `NameError        Traceback (most recent call last)`. */
const ipythonHeader = /^\s*[A-Za-z_][\w.]*\s+Traceback \(most recent call last\)\s*$/
/** The line naming the error raised: `TypeError: unsupported operand type(s)`. */
const errorLine = /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b(?::.*)?$/
/** Python's own report of a syntax error starts at its frame: `  File "x.py", line 2`. */
const syntaxFrame = /^\s*File ".*", line \d+\s*$/

/** Documented lines with the post lines they stand on. */
export interface ShownLines {
  lines: string[]
  lineNumbers: number[]
}

/**
 * The lines of a fence after a Python sample, with the errors it shows put as
 * a script reports them, so the error is compared as any traceback is (its
 * last line, the error, against the one raised; the frames are not compared,
 * as doctest does not compare them):
 * - an IPython traceback (the rule, `NameError   Traceback (most recent call
 *   last)`, the `<ipython-input-…>` frames, then `NameError: …`) becomes
 *   `Traceback (most recent call last):`, `  ...` for each frame line, then the error;
 * - in a fence labelled `error` (a Carpentries lesson's ```` ```error ````), a
 *   last line naming an error alone (`TypeError: 'int' object is not
 *   subscriptable`) gets the `Traceback (most recent call last):` header
 *   above it, on the same post line: the fence says the sample raises it.
 *   So does an output fence holding that one line and nothing else, under
 *   code that catches nothing (no `try:`, which could print such a line).
 * Python's report of a syntax error (`File "…", line 2` …) is left as it is:
 * it is already what a script prints. Lines that show no error are unchanged.
 */
export function pythonErrorDisplay(
  shown: ShownLines,
  errorFence: boolean,
  code: string,
): ShownLines {
  const lineNumbers = [...shown.lineNumbers]
  // A notebook site can set the whole traceback in one indented block inside its output
  // fence (jupyter-book's `{:.output_traceback_line}`): read it at its own margin.
  const lines = ipythonTracebackAtMargin(shown.lines) ?? [...shown.lines]
  const last = lastShownLine(lines)
  if (last === -1 || !errorLine.test(lines[last] ?? '')) return shown
  const header = lines.findIndex((line) => ipythonHeader.test(line))
  if (header !== -1 && header < last) {
    // Jupyter's Markdown export sets a blank line between the rule and the header.
    const above = lines.slice(0, header).findLastIndex((line) => line.trim() !== '')
    const start = above !== -1 && rule.test(lines[above] ?? '') ? above : header
    lines[start] = 'Traceback (most recent call last):'
    for (let frame = start + 1; frame < last; frame++) lines[frame] = '  ...'
    // The blank lines a traceback block opens with are the display's spacing, not output.
    const opening = lines.slice(0, start).every((line) => line.trim() === '') ? start : 0
    return { lines: lines.slice(opening), lineNumbers: lineNumbers.slice(opening) }
  }
  const reported = lines.some(
    (line) => line.trim() === 'Traceback (most recent call last):' || syntaxFrame.test(line),
  )
  const alone =
    lines.filter((line) => line.trim() !== '').length === 1 && !/^\s*try\s*:/m.test(code)
  if (reported || !(errorFence || alone)) return shown
  lines.splice(last, 0, 'Traceback (most recent call last):')
  lineNumbers.splice(last, 0, lineNumbers[last] ?? 0)
  return { lines, lineNumbers }
}

/**
 * The lines without the indentation they all share, when that indentation sets
 * off an IPython traceback (a header line, then an error line closing the
 * block); otherwise undefined, and the lines are read as they are.
 */
function ipythonTracebackAtMargin(lines: readonly string[]): string[] | undefined {
  const shown = lines.filter((line) => line.trim() !== '')
  const margin = Math.min(...shown.map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0))
  if (shown.length === 0 || margin === 0) return undefined
  const dedented = lines.map((line) => (line.trim() === '' ? '' : line.slice(margin)))
  const last = lastShownLine(dedented)
  const header = dedented.findIndex((line) => ipythonHeader.test(line))
  if (!errorLine.test(dedented[last] ?? '') || header === -1 || header >= last) return undefined
  return dedented
}

/** The index of the last line that is not blank, or -1. */
function lastShownLine(lines: readonly string[]): number {
  return lines.findLastIndex((line) => line.trim() !== '')
}
