import type { Runner } from '../../../runners.js'
import { uncomment } from '../documented-output.js'

/**
 * A value shown over several comment lines right under its statement, as an
 * author wraps a long list or dict: the first line opens a bracket that the
 * last line closes (`# [[0, 1, 2],` / `#  [3, 4, 5]]`), every line a comment
 * alone at the statement's indentation, then code, a blank line or the end.
 * Their texts without the comment mark; `undefined` for any other comment.
 */
export function wrappedValueBelow(
  lines: readonly string[],
  index: number,
  runner: Runner,
  indent = '',
): string[] | undefined {
  const texts: string[] = []
  let depth = 0
  for (let next = index + 1; next < lines.length && texts.length < maxLines; next++) {
    const line = lines[next] ?? ''
    if (!line.startsWith(indent) || /^\s/.test(line.slice(indent.length))) return undefined
    const text = uncomment(line, runner.commentPrefixes)
    if (text === undefined) return undefined
    if (texts.length === 0 && !/^\s*[[({]/.test(text)) return undefined
    depth = bracketDepth(text, depth)
    if (depth < 0) return undefined
    texts.push(text.trimEnd())
    if (depth > 0) continue
    if (texts.length < 2) return undefined
    const after = lines[next + 1]
    return after !== undefined && uncomment(after, runner.commentPrefixes) !== undefined
      ? undefined
      : texts
  }
  return undefined
}

/** At most this many lines make one wrapped value. */
const maxLines = 60

/** The depth of brackets open after `text`, from `depth` before it; quoted text does not count. */
function bracketDepth(text: string, depth: number): number {
  let open = depth
  let quote: string | undefined
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? ''
    if (quote) {
      if (char === '\\') at++
      else if (char === quote) quote = undefined
    } else if (char === "'" || char === '"') quote = char
    else if ('[({'.includes(char)) open++
    else if (')]}'.includes(char)) open--
  }
  return open
}
