import type { FailedExample } from '../not-checkable/needs/session-unrunnable.js'
import { uncommentedResult } from '../transcripts/commented-results.js'

/**
 * A test of a session's failed examples: whether one of `examples` (their
 * 0-based lines) differs from its documented result only where `shape`
 * blurs both (their numbers, say), the result showing a number and neither
 * side an error. A result written as comment lines (`# 2022`) is read
 * without its marks, as the driver's checker reads it.
 */
export function differsOnlyInShape(
  examples: ReadonlySet<number>,
  shape: (text: string) => string,
): (example: FailedExample & { ok: boolean }) => boolean {
  return (example) =>
    !example.ok &&
    examples.has(example.line) &&
    example.want !== undefined &&
    example.got !== undefined &&
    !/^Traceback \(most recent call last\):/mu.test(example.got) &&
    /\d/u.test(example.want) &&
    shape(uncommentedResult(example.want.trimEnd().split('\n'), example.got).join('\n')) ===
      shape(example.got)
}
