/**
 * A call of a standard module whose arguments are all names, one at least
 * defined nowhere (`re.split(pattern, string)`, `re.sub(ptrn, replacement,
 * text, count=0)`), is a signature the post writes out, its parameters
 * named, not a program that forgot its import: the missing module and the
 * missing argument are the same setup the page does not show. A call with a
 * literal among its arguments (`re.split(r'\W+', line)`), or whose names the
 * page all binds, is a program.
 */
export function callsWithPlaceholders(
  code: string,
  module: string,
  known: (name: string) => boolean,
): boolean {
  const calls = [...code.matchAll(new RegExp(`(?<![\\w.])${module}\\.\\w+\\(([^()]*)\\)`, 'gu'))]
  if (calls.length === 0) return false
  return calls.every((call) => {
    const positional = (call[1] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '' && !/^[\p{L}_][\p{L}\p{N}_]*\s*=/u.test(part))
    return (
      positional.every((part) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(part)) &&
      positional.some((part) => !known(part))
    )
  })
}
