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
