import type { OutputPart } from '../../read/outputs/documented-output.js'
import type { Comparison, DiffLine } from '../compare-output.js'
import { sameValueDisplay } from '../values/value-display.js'

/**
 * Compare what a call printed through the function it calls with the value
 * comments on that function's prints (`part.printedBy`), one printed line
 * each, in order, and once per call: a value written as a console shows it
 * matches (`[5, 6]` for `[ 5, 6 ]`, `'a'` for `a`). Where the lines are
 * more or fewer than the comments, they differ.
 */
export function compareCalledPrints(
  printedBy: NonNullable<OutputPart['printedBy']>,
  printed: string,
): Comparison {
  const real = printed.replace(/\r\n?/g, '\n').replace(/\n$/, '')
  const lines = real === '' ? [] : real.split('\n')
  const alike = (documented: string, line: string | undefined) =>
    line !== undefined && (documented.trim() === line.trim() || sameValueDisplay(documented, line))
  const ok =
    lines.length === printedBy.lines.length &&
    printedBy.lines.every((documented, at) => alike(documented, lines[at]))
  // Line by line: each comment beside the line it stands for, the first that differs marked.
  const diff: DiffLine[] = []
  if (!ok) {
    for (let at = 0; at < Math.max(lines.length, printedBy.lines.length); at++) {
      const documented = printedBy.lines[at]
      const line = lines[at]
      const number = printedBy.lineNumbers[at]
      const where = number === undefined ? {} : { line: number }
      if (documented !== undefined && alike(documented, line)) {
        diff.push({ kind: 'same', text: line ?? documented, ...where })
        continue
      }
      if (documented !== undefined) diff.push({ kind: 'expected', text: documented, ...where })
      if (line !== undefined) diff.push({ kind: 'actual', text: line })
    }
  }
  return {
    ok,
    diff,
    normalisers:
      ok && lines.some((line, at) => line !== printedBy.lines[at]) ? ['value display'] : [],
    timingOnly: false,
    variesOnly: false,
    varies: [],
  }
}
