/** `symbols = ?`, `?` alone: a blank an exercise leaves for the reader to fill in. */
const blankInCode = /(?:^|[=(,\s])\?\s*(?:#.*)?$/u
/** `s.<tab key>`: a key the reader presses, not code. */
const keyPress = /<(?:tab|enter|return|up|down|ctrl[-+][\w]+)(?:\s+key)?>/iu
/** `...` or `…` standing for items left out of a value (`['__add__', ..., 'find']`). */
const elidedItems = /(?:^|[\s,[({])(?:\.\.\.|…)(?:[\s,\])}]|$)/u

const blankCode = 'an exercise blank `?` in the code'
const keyCode = 'a key press'

/**
 * Whether a session noted for `reason` (`sessionBlank`'s) still defined the
 * names its code assigns: it does when only a documented output is a blank
 * or left out, not when its code is.
 */
export function blankKeepsNames(reason: string): boolean {
  return !reason.includes(blankCode) && !reason.includes(keyCode)
}

/**
 * Why the first failing example of a `>>>` session is an exercise or a
 * sketch rather than wrong code: its code has a blank (`symbols = ?`) or a
 * key press (`s.<tab key>`), its documented output is a blank (`?`, `## ???`), or
 * items left out of a value the post rewrapped over several lines, which
 * doctest's ELLIPSIS cannot match. `undefined` otherwise. `source` is the
 * session's lines, `example` the 0-based line of the example's prompt.
 */
export function sessionBlank(
  source: readonly string[],
  example: number,
  want: string | undefined,
): string | undefined {
  const code = (source[example] ?? '').replace(/^\s*>>>\s?/, '')
  if (blankInCode.test(code)) return `${blankCode} for the reader to fill in`
  const key = keyPress.exec(code)
  if (key) return `${keyCode} \`${key[0]}\`, not code`
  const wanted = (want ?? '').trim()
  // `?`, `???`, or commented out (`## ???`): the output the reader is asked to guess.
  if (/^(?:#+\s*)?(?:\?+|？+)$/u.test(wanted))
    return 'an exercise blank `?` for an output, for the reader to fill in'
  // A value (`['__add__', ...,`), not text ending in a `...` line (help() shown in part).
  if (wanted.includes('\n') && /^[[({]/u.test(wanted) && elidedItems.test(wanted)) {
    return 'a value with items left out (`...`), rewrapped over lines'
  }
  return undefined
}
