import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../read/remark-extract-samples.js'

/**
 * The index of the input of a JavaScript session that Node refused before
 * anything ran: one program of the session's samples stops at compile time
 * on a `SyntaxError` (a class a sample declares twice itself, `Identifier
 * 'ColorPoint' has already been declared`), and its first line names the
 * line of the program it is at, inside that sample's piece. A console reads
 * each sample as an input of its own, refusing that input alone while the
 * others run. `undefined` when the program ran (its output holds the
 * session's marker), stopped otherwise, or at the first input, which is then
 * the sample the error is reported on already.
 */
export function refusedInput(
  output: string,
  marker: string,
  samplePath: string,
  pieceLines: readonly number[],
): number | undefined {
  if (output.includes(marker) || !/^SyntaxError: /m.test(output)) return undefined
  // A module names its file by URL (`file:///tmp/x/sample.mjs:16`), a script by path.
  const at = new RegExp(`^(?:file://)?${escapeStringRegexp(samplePath)}:(\\d+)$`).exec(
    output.split('\n')[0] ?? '',
  )?.[1]
  if (at === undefined) return undefined
  let line = Number(at)
  for (const [index, count] of pieceLines.entries()) {
    if (line <= count) return index > 0 ? index : undefined
    line -= count
  }
  return undefined
}

/** The samples of a session that take names, directly or in turn, from `refused` (itself included). */
export function takingFrom(samples: readonly Sample[], refused: Sample): Set<Sample> {
  const out = new Set<Sample>([refused])
  for (const sample of samples) {
    if (sample.needs.some((id) => [...out].some((other) => other.id === id))) out.add(sample)
  }
  return out
}
