import { hashOrder } from './varying/hash-order.js'

/**
 * Whether two texts of Python output differ only in the order of the
 * elements of set displays (`{'b', 'a'}`, `frozenset({'a', 'b'})`) or of
 * unordered views: Python salts the hashes of strings per run, so a set of
 * strings prints in another order each time. A dict (`{'a': 1}`) keeps
 * insertion order and stays exact, as do lists and tuples, but for lists and
 * tuples of strings with `stringSequences` (the code builds sets of strings,
 * which they may come from).
 */
export function differsInSetOrderOnly(want: string, got: string, stringSequences = false): boolean {
  if (want === got) return false
  const sorted = hashOrder(want, stringSequences)
  return sorted !== undefined && sorted === hashOrder(got, stringSequences)
}
