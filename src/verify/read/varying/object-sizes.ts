import type { FailedExample } from '../not-checkable/needs/session-unrunnable.js'
import { boundNames, examplesOf, mentions, withoutStrings } from './random-draws.js'
import { differsOnlyInShape } from './shape-only.js'

/**
 * A call measuring an object's size in memory: `sys.getsizeof(x)`,
 * `getsizeof(x)`, `x.__sizeof__()`. The bytes it counts are those of the
 * Python build and platform that ran it (`72` for a generator on the
 * author's Python, `208` on another), not something the code decides.
 */
export const sizeCall = /\bgetsizeof\s*\(|\.__sizeof__\s*\(/u

/** The 0-based lines, within a `>>>` session, of the examples showing a size, or a name such an example set. */
export function sizeExamples(session: string): Set<number> {
  const found = new Set<number>()
  const sized = new Set<string>()
  for (const example of examplesOf(session)) {
    const code = withoutStrings(example.code)
    if (!sizeCall.test(code) && ![...sized].some((name) => mentions(code, name))) continue
    found.add(example.line)
    for (const name of boundNames(code)) sized.add(name)
  }
  return found
}

/**
 * A test of a session's failed examples: whether one shows an object's size
 * and differs from its documented result only in its numbers (`72` for
 * `208`, `size: 38216` for `size: 41880`), neither side an error.
 */
export function showsObjectSize(
  session: string,
): (example: FailedExample & { ok: boolean }) => boolean {
  const examples = sizeExamples(session)
  const shape = (text: string) => text.trim().replace(/\d+/gu, '0')
  return differsOnlyInShape(examples, shape)
}
