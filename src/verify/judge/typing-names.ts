/**
 * The names Python's `typing` module exports that annotations use, in the
 * capitalised spelling solutions copied from LeetCode and other judges
 * write without importing them (`def kClosest(self, points: List[List[int]])`):
 * the judge imports them for the reader. Such a name is setup the page does
 * not show, never a misspelling of a name the sample binds (`List` is not
 * `dist`, `Dict` is not `dict_`).
 */
export const typingNames: ReadonlySet<string> = new Set([
  'Any',
  'Callable',
  'DefaultDict',
  'Deque',
  'Dict',
  'FrozenSet',
  'Generator',
  'Iterable',
  'Iterator',
  'List',
  'Optional',
  'Sequence',
  'Set',
  'Tuple',
  'Union',
])

/** Whether `name` is a `typing` name the Python sample uses in an annotation (`: List[` or `-> List[`). */
export function annotatesWithTyping(code: string, name: string): boolean {
  if (!typingNames.has(name)) return false
  return new RegExp(`(?::|->)\\s*(?:[\\w.]+\\[)*${name}\\b`, 'u').test(code)
}
