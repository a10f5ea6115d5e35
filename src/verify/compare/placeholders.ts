import escapeStringRegexp from 'escape-string-regexp'

/**
 * A placeholder in a documented output: one word in angle brackets standing
 * for the reader's own value (`/Users/<username>`, `<你的用户名>`). Not
 * `<class 'int'>` or `<function f at 0x...>`, which Python prints itself:
 * those hold quotes or spaces.
 */
const placeholder = /<[\p{L}\p{N}_-]+>/gu

/** Names Python itself prints in angle brackets: `f.<locals>.g`, `<lambda>`, `File "<stdin>"`. */
const pythonOwnNames =
  /^<(?:locals|lambda|module|listcomp|dictcomp|setcomp|genexpr|stdin|string)>$/u

/** What ends a word: spaces, and the full-width punctuation Chinese text uses instead of them. */
const breakers = '\\s：，。；、'
const wordBreak = new RegExp(`([${breakers}]+)`, 'u')

/**
 * Whether a documented line with placeholders matches a real one: each word
 * holding a placeholder stands for any word, as byexample's `<name>` tags
 * do, the whole word since the reader's value changes what is around it too
 * (`/Users/<username>` is `/home/ada` on Linux). `false` when the line holds
 * no placeholder.
 */
export function matchesPlaceholders(want: string, got: string): boolean {
  if (!want.match(placeholder)) return false
  // A placeholder the real output prints as such (`<stdin>`, the `<sample>` of a normalised path) is
  // literal, and so are the names Python gives what has none (`f.<locals>.wrapper`, `<lambda>`).
  const stands = (word: string) =>
    (word.match(placeholder) ?? []).some(
      (name) => !got.includes(name) && !pythonOwnNames.test(name),
    )
  const pattern = want
    .split(wordBreak)
    .map((word) => (stands(word) ? `[^${breakers}]+` : escapeStringRegexp(word)))
    .join('')
  return new RegExp(`^${pattern}$`, 'u').test(got)
}
