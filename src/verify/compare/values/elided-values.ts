import escapeStringRegexp from 'escape-string-regexp'

/**
 * `...` or `…` glued to the text before it, inside a documented line: part of
 * the value left out (`2.333...`, `"ABC...XYZ"`, `"2026-06-25T..."`). Not a
 * spread (`[...a]`, `f(...args)`): that follows a bracket, a comma or a space.
 */
const gluedElision = /(?<=[^\s[\](){},])(?:\.{3}|…)/gu

/**
 * `...` or `…` standing alone between the cells of a row, set off by spaces
 * or tabs (`1×9=9	2×9=18	...	9×9=81`): the cells in between left out.
 * Never glued to a name after it, so a spread (`...args`) is not one.
 */
const spacedElision = /(?<=\s)(?:\.{3}|…)(?=\s|$)/gu

/** A line's quotes written one way and its runs of spaces as one. */
function plain(line: string): string {
  return line.replace(/['"`]/gu, '"').replace(/\s+/gu, ' ').trim()
}

/**
 * Whether a documented line with part of its value left out (see
 * `gluedElision` and `spacedElision`) matches a real line: the text around each elision in
 * order, the elision standing for any text, as doctest's ELLIPSIS reads `...`.
 * Quotes are not compared (`"ab...z"` for Node's `'abcd…z'`). The line must
 * keep some text before its first elision, so `...` alone stays a line of its own.
 */
export function matchesElidedValue(want: string, got: string): boolean {
  const documented = plain(want)
  const parts = documented.split(gluedElision).flatMap((part) => part.split(spacedElision))
  if (parts.length < 2 || (parts[0] ?? '').trim() === '') return false
  const pattern = parts.map((part) => escapeStringRegexp(part)).join('.*')
  return new RegExp(`^${pattern}$`, 'su').test(plain(got))
}

/**
 * `...` or `…` glued to a member of an array or object and closing it or
 * followed by the next one (`{ name: 'Peter Parker'... }`): the members after
 * it left out, as doctest's ELLIPSIS reads `...`, but within that one array or
 * object, never across its brackets.
 */
const elidedMembers = /(?<=[^\s[\](){},])(?:\.{3}|…)(?=\s*[}\],])/gu

/**
 * Whether a display written with the rest of some of its members left out
 * (see `elidedMembers`) is the real one, both put in one form by `canonical`
 * (quotes and the spaces beside punctuation), so Node's display wrapped over
 * lines matches a post's one-line `[{ name: 'Peter Parker'... }, ...]`.
 */
export function matchesElidedMembers(
  want: string,
  got: string,
  canonical: (display: string) => string,
): boolean {
  if (want.search(elidedMembers) < 0) return false
  const marked = want.replace(elidedMembers, '\uE001')
  const parts = canonical(marked).split('\uE001')
  if (parts.length < 2) return false
  const pattern = parts.map((part) => escapeStringRegexp(part)).join('[^{}[\\]]*')
  return new RegExp(`^${pattern}$`, 'u').test(canonical(got))
}
