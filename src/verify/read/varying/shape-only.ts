import type { FailedExample } from '../not-checkable/needs/session-unrunnable.js'

/**
 * A test of a session's failed examples: whether one of `examples` (their
 * 0-based lines) differs from its documented result only where `shape`
 * blurs both (their numbers, say), the result showing a number and neither
 * side an error.
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
    shape(example.want) === shape(example.got)
}
