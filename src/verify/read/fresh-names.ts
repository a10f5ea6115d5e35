import escapeStringRegexp from 'escape-string-regexp'

/**
 * Whether a sample's own text says a name does not exist where it runs:
 * the error a reference to it raises, `ReferenceError: a is not defined`
 * (`Uncaught ReferenceError: ...`), or Python's `NameError: name 'a' is
 * not defined`, in a comment or an output the sample shows. Such a sample
 * is a program of its own: the name an earlier sample defines is not the
 * one it means (a post on block scope that declared `a` in an earlier
 * fence), so it does not take the name from there.
 */
export function saysUndefined(code: string, name: string): boolean {
  if (!code.includes('not defined')) return false
  const quoted = escapeStringRegexp(name)
  return new RegExp(
    `(?:ReferenceError:\\s*${quoted}|NameError:\\s*name\\s*'${quoted}')\\s+is not defined`,
    'u',
  ).test(code)
}
