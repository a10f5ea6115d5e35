import { hashOrder } from './hash-order.js'

/**
 * Whether two texts of Python output differ only in the order of the
 * elements of set displays (`{'b', 'a'}`, `frozenset({'a', 'b'})`): Python
 * salts the hashes of strings per run, so a set of strings prints in another
 * order each time. A dict (`{'a': 1}`) and its views (`dict_keys([...])`) keep
 * insertion order and stay exact, as do lists and tuples, but for lists and
 * tuples of strings with `stringSequences` (the code builds sets of strings,
 * which they may come from).
 */
export function differsInSetOrderOnly(want: string, got: string, stringSequences = false): boolean {
  if (want === got) return false
  const sorted = hashOrder(want, stringSequences)
  return sorted !== undefined && sorted === hashOrder(got, stringSequences)
}

/** An example of a `>>>` session, by its line in the session, and what it documented and printed. */
interface PoppedExample {
  line: number
  ok: boolean
  want?: string | undefined
  got?: string | undefined
}

/** An example that pops an element of a set: `>>> a.pop()`. */
const popCall = /^\s*>>>\s*[\p{L}_][\p{L}\p{N}_.]*\.pop\(\s*\)\s*$/u

/**
 * The lines (in the session) of the examples of a session that builds sets
 * of strings whose `.pop()` results differ only in the order the elements
 * came out (`a = set('hi')`, then `a.pop()` documented `'i'` then `'h'`,
 * where this run popped `'h'` then `'i'`): a set pops its elements in its
 * hash order, which Python salts per run for strings. Every differing
 * example must be such a pop, and their documented results, taken together,
 * the ones popped here; `undefined` otherwise, so a wrong element still fails.
 */
export function poppedInOtherOrder(
  examples: readonly PoppedExample[],
  source: readonly string[],
  stringSets: boolean,
): number[] | undefined {
  if (!stringSets) return undefined
  const failed = examples.filter((example) => !example.ok)
  if (failed.length < 2) return undefined
  if (!failed.every((example) => popCall.test(source[example.line] ?? ''))) return undefined
  const values = (side: 'want' | 'got') =>
    failed
      .map((example) => (example[side] ?? '').trim())
      .sort()
      .join('\n')
  if (failed.some((example) => (example.want ?? '').trim().includes('\n'))) return undefined
  return values('want') === values('got') ? failed.map((example) => example.line) : undefined
}
