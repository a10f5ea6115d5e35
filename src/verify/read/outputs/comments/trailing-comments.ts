import type { Runner } from '../../../runners.js'
import { gluedComment } from '../../code/glued-comments.js'

/** Trailing comments: where a comment starts after code on a line, outside strings. */

/**
 * The text of a line's trailing comment, outside strings; `undefined` if none. A `#` doubled
 * before the space is the prefix too (`echo $var ## 6`), as its reader reads it.
 */
export function trailingComment(line: string, runner: Runner): string | undefined {
  const prefix = runner.commentPrefixes
    .map((candidate) => commentStart(line, candidate))
    .find((start) => start !== undefined)
  if (prefix === undefined) return undefined
  return line
    .slice(prefix)
    .replace(/^(?:#+(?=\s)|#|\/\/)\s?/, '')
    .trim()
}

/** Where a trailing `prefix` comment starts on a line, outside strings; `undefined` if none. */
export function commentStart(line: string, prefix: string): number | undefined {
  let quote: string | undefined
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'" || char === '`') quote = char
    else if (
      line.startsWith(prefix, index) &&
      (/\s/.test(line[index - 1] ?? '') || gluedComment(line, index, prefix)) &&
      line.slice(0, index).trim()
    ) {
      return index
    }
  }
  return undefined
}
