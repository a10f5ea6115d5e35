import type { Runner } from '../../../runners.js'
import { commentStart } from './trailing-comments.js'

/**
 * The comment lines that go on with the value comment on line `index`, each
 * a comment alone on its line whose mark stands in the very column of that
 * comment's, as an author writes a value printed over two lines:
 *
 *     print('C:\some\name') #C:\some
 *                           #ame
 *
 * The column is the one the editor shows, a wide (CJK) character taking two.
 * Their texts, without the mark and one space; none when the next line is
 * not such a comment.
 */
export function alignedContinuation(
  lines: readonly string[],
  index: number,
  runner: Runner,
): string[] {
  const line = lines[index] ?? ''
  const column = runner.commentPrefixes
    .map((prefix) => commentStart(line, prefix))
    .find((start) => start !== undefined)
  if (column === undefined || column === 0) return []
  const shown = displayWidth(line.slice(0, column))
  const texts: string[] = []
  for (let next = index + 1; next < lines.length; next++) {
    const below = lines[next] ?? ''
    const at = below.length - below.trimStart().length
    const prefix = runner.commentPrefixes.find((candidate) => below.startsWith(candidate, at))
    if (prefix === undefined || at === 0 || (at !== column && at !== shown)) break
    texts.push(
      below
        .slice(at + prefix.length)
        .replace(/^\s/u, '')
        .trimEnd(),
    )
  }
  return texts
}

/** East Asian wide and fullwidth characters, two columns each in a monospaced editor. */
const wide =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u

/** How many columns text takes in a monospaced editor (a tab counted as one). */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += wide.test(char) ? 2 : 1
  return width
}
