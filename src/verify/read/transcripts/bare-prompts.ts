import type { OutputPart } from '../outputs/documented-output.js'

/**
 * Whether a shell session shows where commands print nothing: a bare prompt
 * (`$` alone) right after a command, as pure-sh-bible writes
 *
 *     $ is_float 1 && echo true
 *     $
 *
 * Such a session shows the output of every command, an empty one too, as a
 * terminal would; so a command there followed directly by the next prompt
 * documents that it printed nothing, and what it prints is compared. A
 * session without one may leave output out, and a command followed by no
 * output documents none. `commands` are the parts' command texts, in order.
 */
export function showsEmptyOutputs(
  parts: readonly OutputPart[],
  commands: readonly string[],
): boolean {
  return parts.some(
    (_part, index) =>
      index > 0 &&
      commands[index]?.trim() === '' &&
      commands[index - 1]?.trim() !== '' &&
      (parts[index - 1]?.lines.length ?? 0) === 0,
  )
}
