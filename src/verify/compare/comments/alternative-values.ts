/** One value of a list of alternatives: a variable (`$food`, `${x}`), a quoted string, a number, a word. */
const alternative = /^(?:\$\{?\w+\}?|(['"])[^'"]*\1|-?\d+(?:\.\d+)?|[\w.-]+)$/u

/**
 * Whether a value comment names alternatives the statement shows one of, as
 * cheat sheets write a default (`echo ${food:-Cake}  #=> $food or "Cake"`,
 * `# 1 或 2`): the comment is two or three values joined by `or` (`或`), and
 * what the statement printed is one of them, its quotes aside.
 */
export function oneOfAlternatives(documented: readonly string[], actual: string): boolean {
  const [comment] = documented
  const shown = actual.trim()
  if (documented.length !== 1 || comment === undefined || shown === '' || shown.includes('\n'))
    return false
  const values = comment.trim().split(/\s+or\s+|\s*或\s*/u)
  if (values.length < 2 || values.length > 3) return false
  if (!values.every((value) => alternative.test(value))) return false
  return values.some((value) => value.replace(/^(['"])(.*)\1$/u, '$2') === shown)
}
