import type { Comparison } from '../compare/compare-output.js'

/** A line to write: a documented line that matched, or a line of the real output. */
export interface OutputLine {
  text: string
  kept: boolean
}

/**
 * The output to write: the documented lines that matched as the author
 * wrote them (a duration within its tolerance, a `[..]` wildcard, a path),
 * the real lines in place of the others.
 */
export function newOutput(
  documented: readonly string[],
  printed: string,
  comparison: Comparison,
): OutputLine[] | { reason: string } {
  if (documented.some((line) => line.trim() === '...')) {
    return { reason: 'its documented output leaves lines out with `...`: update it by hand' }
  }
  const real = outputLines(printed)
  const output: OutputLine[] = []
  // A traceback's stack, left out of the comparison, stays as the author wrote it (as doctest
  // ignores it, it is never stale); the real one, with this machine's paths, is not written.
  const documentedStack = new Set(comparison.leftOut?.expected)
  const realStack = new Set(comparison.leftOut?.actual)
  let want = 0
  let got = 0
  const keepDocumentedStack = () => {
    for (; documentedStack.has(want); want++) {
      output.push({ text: documented[want] ?? '', kept: true })
    }
  }
  for (const entry of comparison.diff) {
    if (entry.kind !== 'actual') keepDocumentedStack()
    if (entry.kind !== 'expected') while (realStack.has(got)) got++
    if (entry.kind === 'same') output.push({ text: documented[want] ?? entry.text, kept: true })
    if (entry.kind === 'actual') output.push({ text: real[got] ?? entry.text, kept: false })
    if (entry.kind !== 'actual') want++
    if (entry.kind !== 'expected') got++
  }
  keepDocumentedStack()
  return output
}

/** The lines of a real output: CRLF read as LF, trailing spaces and blank lines off. */
export function outputLines(output: string): string[] {
  const lines = output
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
  while (lines.length > 0 && lines.at(-1) === '') lines.pop()
  return lines
}
