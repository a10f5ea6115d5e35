import type { Runner } from '../../../runners.js'
import { commentStart } from './trailing-comments.js'

/**
 * Output written in comments with a REPL's marks, as some authors show what
 * the line above gives: `# <<< 'three'` (or `# >>> (1, 2)`, the prompt put
 * where the result stands) under an expression, `print(e)  # <<< oops` on a
 * print, and a value or printed lines going on over `# ... [3, 4]` lines
 * under it, the REPL's continuation prompt. The marks are the author's
 * notation, not output: the code is returned line for line with them taken
 * out of those comments, for the readers of documented outputs.
 *
 * Note: `# >>> x` is a mark only in an output's place, right under a line of
 * code, holding no statement (`# >>> import os` is a session written into
 * comments, its prompts being input), and not followed by comment lines of
 * its own (a commented session's output) other than its `# ...` lines.
 */
export function withoutReplMarks(code: string, runner: Runner): string {
  if (runner.id !== 'python' || !/<<<|>>>/.test(code)) return code
  const lines = code.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const own = ownComment(line)
    const start = own ? line.indexOf('#') : commentStart(line, '#')
    if (start === undefined) continue
    const text = line.slice(start + 1)
    const mark = /^\s*(<<<|>>>)(?=\s|$)/.exec(text)
    if (!mark) continue
    if (mark[1] === '>>>' && !(own && inOutputPlace(lines, index))) continue
    lines[index] = line.slice(0, start + 1) + text.replace(/^\s*(?:<<<|>>>)/, '')
    if (!own) continue
    // The `# ...` lines under it, and further lines marked `# <<<`, go on with it.
    let next = index + 1
    while (next < lines.length) {
      const below = lines[next] ?? ''
      if (!ownComment(below)) break
      const at = below.indexOf('#')
      const rest = below.slice(at + 1)
      const more = /^\s*(?:\.\.\.|<<<)(?=\s|$)/.exec(rest)
      if (!more) break
      lines[next] = below.slice(0, at + 1) + rest.slice(more[0].length)
      next++
    }
    index = next - 1
  }
  return lines.join('\n')
}

/** Whether a line is a comment alone. */
function ownComment(line: string): boolean {
  return line.trimStart().startsWith('#')
}

/** A statement after a `>>>` prompt: the input of a session written into comments. */
const statementAfterPrompt =
  /^\s*>>>\s+(?:(?:import|from|def|class|for|while|if|with|try|return|print|del|assert|raise|async|await|lambda)\b|[\p{L}_][\p{L}\p{N}_.]*(?:\[[^\]]*\])?\s*(?:[-+*/%&|^]|\/\/|\*\*|<<|>>)?=(?!=))/u

/** Whether the `# >>>` comment at `index` stands where output does: under code, its value alone. */
function inOutputPlace(lines: readonly string[], index: number): boolean {
  const above = lines[index - 1] ?? ''
  if (above.trim() === '' || ownComment(above)) return false
  const text = (lines[index] ?? '').trimStart().slice(1)
  if (statementAfterPrompt.test(text)) return false
  let next = index + 1
  while (next < lines.length && /^\s*#\s*\.\.\.(?=\s|$)/.test(lines[next] ?? '')) next++
  return !ownComment(lines[next] ?? '')
}
