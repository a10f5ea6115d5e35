import type { Comparison } from '../compare-output.js'

/** A line with its numbers left out: `procnum3 本次随机数:2` → `procnum# 本次随机数:#`. */
function shape(line: string): string {
  return line.trimEnd().replace(/\d+(?:\.\d+)?/gu, '#')
}

/**
 * The comparison of a program whose threads or processes draw at random
 * (five workers each printing `procnumN 本次随机数:X`): another run
 * interleaves their lines otherwise and draws other numbers, so when the
 * documented and printed lines are the same lines but for their numbers,
 * in any order, one for one, the output varies; `undefined` when any line
 * has no counterpart, a word or a line more or less, which stays a failure.
 */
export function interleavedDraws(
  comparison: Comparison,
  documented: readonly string[],
  output: string,
): Comparison | undefined {
  const trimmed = (lines: readonly string[]) => {
    const kept = [...lines]
    while (kept.length > 0 && !kept.at(-1)?.trim()) kept.pop()
    return kept.map(shape).sort()
  }
  const expected = trimmed(documented)
  const actual = trimmed(output.split('\n'))
  if (expected.length === 0 || expected.length !== actual.length) return undefined
  if (expected.some((line, index) => line !== actual[index])) return undefined
  return { ...comparison, variesOnly: true, varies: [] }
}
