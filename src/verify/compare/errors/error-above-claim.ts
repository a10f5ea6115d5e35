import { errorLines } from '../../read/not-checkable/shown/pseudo-code.js'
import type { OutputPart } from '../../read/outputs/documented-output.js'
import type { Comparison } from '../compare-output.js'
import { raisedNamed } from '../compare-parts.js'

/**
 * Whether the error a comment claims for its statement was raised by the
 * statement right above it, which stopped the program before the commented
 * one ran: `c = 20` then `console.log(c) // Uncaught TypeError: Assignment
 * to constant variable`, the console's error written after the last line
 * the author pasted. Only blank and comment lines may stand between, the
 * commented statement printed nothing, and the error raised has the name
 * the comment gives. Read with the sample's own line numbers (1-based).
 */
export function raisedRightAbove(
  part: OutputPart,
  shown: string,
  output: string,
  samplePath: string,
  code: readonly string[],
  commentPrefixes: readonly string[],
): boolean {
  if (!part.error || shown.trim() !== '') return false
  if (part.error.name !== undefined && !raisedNamed(output, part.error.name)) return false
  return stoppedRightAbove(errorLines(output, samplePath), part.from, code, commentPrefixes)
}

/**
 * Whether one of the lines an error came from (the sample's frames) is the
 * statement right above line `from`, only blank and comment lines between:
 * the error stopped the program there, before line `from` ran. The same
 * holds for a comment claiming an error for the sample's statement
 * (`var r = f.call(o);` then `console.log(r); // 抛出错误`, where `f` throws).
 */
export function stoppedRightAbove(
  frames: readonly number[],
  from: number,
  code: readonly string[],
  commentPrefixes: readonly string[],
): boolean {
  const isGap = (line: string) =>
    line.trim() === '' || commentPrefixes.some((prefix) => line.trim().startsWith(prefix))
  return frames.some(
    (line) => line < from && code.slice(line, from - 1).every((text) => isGap(text ?? '')),
  )
}

const heldAboveName = 'error raised by the statement above its comment'

/** The comparison of a claim that the statement above it held. */
export const heldAbove: Comparison = {
  ok: true,
  diff: [],
  normalisers: [heldAboveName],
  timingOnly: false,
  variesOnly: false,
  varies: [],
}

/**
 * Whether a sample's output matched with such a claim: the error stopped the
 * program, as the comment says, so its exit code is no failure of its own.
 */
export function stoppedAsClaimed(comparison: Comparison | undefined): boolean {
  return comparison?.ok === true && comparison.normalisers.includes(heldAboveName)
}
