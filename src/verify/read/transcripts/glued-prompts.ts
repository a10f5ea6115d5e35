/** A prompt written without its space, the command's name right after the `$`: `$echo -n`. */
const gluedPrompt = /^\$([a-z][\w.-]*)(?:\s|$)/
/** A line a script may start with `$`: a variable's value, a substitution, or a bare prompt. */
const dollarLine = /^\$/

/**
 * Whether a shell fence is a session whose prompts are written without
 * their space (`$echo -n` then a bare `$`, as some shell notes write
 * them): its first line is such a prompt, every line starting with `$` is
 * one or a bare `$`, and no name glued to a `$` is one the fence sets
 * (`cmd=ls` then `$cmd -l` runs what a variable holds, a script's line).
 * Run as a script, such a line would expand an unset variable as the
 * command, which no script means.
 */
export function hasGluedPrompts(value: string): boolean {
  const lines = value.split('\n').filter((line) => line.trim() !== '')
  const first = lines[0]?.trimEnd() ?? ''
  if (!gluedPrompt.test(first)) return false
  const names = new Set<string>()
  for (const line of lines) {
    if (!dollarLine.test(line)) continue
    if (line.trim() === '$') continue
    const name = gluedPrompt.exec(line)?.[1]
    if (name === undefined) return false
    names.add(name)
  }
  const sets = (name: string) =>
    new RegExp(
      String.raw`(?:^|[\s;])(?:${name}=|(?:read|export|local|declare)\s+(?:-\w+\s+)*${name}\b|for\s+${name}\s+in\b)`,
      'm',
    ).test(value)
  return ![...names].some(sets)
}

/**
 * The last line a session shows, with the next prompt written at its end
 * after a command that prints no final newline (`$echo -n first line` then
 * `first line $`), without that prompt, as the terminal printed it.
 */
export function withoutTrailingPrompt(line: string, command: string): string {
  if (!/\becho\s+-[a-z]*n[a-z]*\b|^\s*printf\b/.test(command)) return line
  return line.replace(/\s?\$\s*$/, '')
}
