/**
 * A sentence ending in a colon that a post writes inside a `>>>` session,
 * between one example's output and the next prompt, to introduce what comes
 * next: `或者，等效地：`, `相当于：`, `Or, equivalently:`. Doctest would read it
 * as the end of the output above; the reader reads it as a caption.
 *
 * Only such a last line counts, and only when the example printed exactly the
 * rest of its documented output: any other difference stays a failure.
 */
const caption =
  /^\s*(?:\p{Script=Han}[^\n'"[\](){}<>=]*[：:]|\p{Lu}[\p{L}'’-]*(?:[\s,]+[\p{L}'’-]+)+\s*:)\s*$/u

/** Whether a documented line is a caption (see above), not output. */
export function isSessionCaption(line: string): boolean {
  return caption.test(line) && !/\d/.test(line)
}

/**
 * Whether an example's documented output differs from what it printed only by
 * a caption as its last line, the rest printed as shown.
 */
export function differsByCaptionOnly(want: string | undefined, got: string | undefined): boolean {
  const lines = (want ?? '').replace(/\n+$/, '').split('\n')
  const last = lines.pop()
  if (last === undefined || !isSessionCaption(last)) return false
  const rest = lines.join('\n').trimEnd()
  return rest !== '' && rest === (got ?? '').trimEnd()
}
