import { type BabelCodeFrameOptions, codeFrameColumns } from '@babel/code-frame'
import { escapeControl } from './reporters/sample-report.js'

/** Lines shown above and below the marked one. */
const around = 2
/** Characters of a line shown; a longer line is cut around the marked column. */
const width = 120

/**
 * The lines of `source` around `line` (1-based), the line and column
 * marked, numbered as in the file. Long lines are cut to a window around
 * the column (`…` where cut) and control characters shown as `\x1b`, so a
 * frame of any post is a few short lines that are safe to print.
 */
export function codeFrame(source: string, line: number, column = 1): string {
  const first = Math.max(1, line - around)
  const lines = linesOf(source, first, line + around)
  if (line - first >= lines.length) return ''
  const from = Math.max(0, column - 1 - width / 2)
  const shown = lines.map((text) => escapeControl(clip(text, from)))
  const marked = lines[line - first] ?? ''
  const before = escapeControl(clip(marked, from).slice(0, column - 1 - from + (from > 0 ? 1 : 0)))
  // Note: `startLine` is in @babel/code-frame but not in its published types.
  const options: BabelCodeFrameOptions & { startLine: number } = {
    linesAbove: around,
    linesBelow: around,
    startLine: first,
  }
  return codeFrameColumns(shown.join('\n'), { start: { line, column: before.length + 1 } }, options)
}

/** Lines `first` to `last` (1-based) of `source`, found without splitting the whole text. */
function linesOf(source: string, first: number, last: number): string[] {
  let start = 0
  for (let number = 1; number < first; number++) {
    const end = source.indexOf('\n', start)
    if (end === -1) return []
    start = end + 1
  }
  const lines: string[] = []
  for (let number = first; number <= last && start <= source.length; number++) {
    const end = source.indexOf('\n', start)
    lines.push(source.slice(start, end === -1 ? source.length : end).replace(/\r$/, ''))
    if (end === -1) break
    start = end + 1
  }
  return lines
}

/** `text` from `from` on, at most `width` characters, `…` marking what was cut. */
function clip(text: string, from: number): string {
  const head = from > 0 ? `…${text.slice(from, from + width)}` : text.slice(0, width)
  return text.length > from + width ? `${head}…` : head
}
