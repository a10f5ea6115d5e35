/**
 * Whether the `//` at `index` of a code line starts a comment written against
 * the statement before it, with no space between (`foo(-3);// 0`,
 * `baz.foo;//bar`, `hasOwnProperty('show')// true`, `}//error`).
 *
 * Outside a string, JavaScript reads `//` as a line comment whatever comes
 * before it; the one exception is a regular expression literal, where a `/`
 * is escaped (`/a\/\//`) or follows another token that cannot end an
 * expression. So the comment is taken when the character before it ends an
 * expression or a statement: a name, a number, a closing bracket or quote,
 * or a semicolon. `#` (Python, shell) keeps needing a space before it: in
 * shell, `$#` and `${#name}` are no comments.
 */
export function gluedComment(line: string, index: number, prefix: string): boolean {
  if (prefix !== '//') return false
  return /[\w$;)\]}'"`]/u.test(line[index - 1] ?? '')
}
