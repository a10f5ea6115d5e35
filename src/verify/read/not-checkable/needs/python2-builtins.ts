/**
 * Built-in functions of Python 2 that Python 3 removed (`reduce` moved to
 * `functools`, `xrange` became `range`, `raw_input` became `input`): a
 * `NameError` on one of them, called, is the post's Python 2 code failing
 * for today's reader, not setup the page leaves out.
 */
const removedBuiltins = new Set([
  'apply',
  'basestring',
  'buffer',
  'cmp',
  'coerce',
  'execfile',
  'file',
  'intern',
  'long',
  'raw_input',
  'reduce',
  'reload',
  'unichr',
  'unicode',
  'xrange',
])

/** Whether `name` is a Python 2 built-in that the code calls (`reduce(f, xs)`). */
export function callsRemovedBuiltin(code: string, name: string): boolean {
  return removedBuiltins.has(name) && new RegExp(`(?<![\\w.])${name}\\s*\\(`).test(code)
}
