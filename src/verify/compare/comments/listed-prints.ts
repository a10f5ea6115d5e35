import { sameValueDisplay } from '../values/value-display.js'

/**
 * Whether one comment line lists, in order, the lines a statement printed
 * (a call whose function logs several lines): as a console shows them,
 * items split at commas outside brackets or at runs of spaces, each the
 * same value as its line (`bound(2); // '若川', [1, 2]` for `若川` and
 * `[ 1, 2 ]`), or the arguments of the prints written quoted one by one,
 * their words those of the lines (`// '若川'  'arrowFn:' '若川'` for `若川`
 * and `arrowFn: 若川`), or each value after the name of what prints it
 * (`// t=2,e=3` for `2` and `3`). Only for two printed lines or more: one line keeps
 * its own comparison.
 */
export function listsPrintedLines(comment: string, lines: readonly string[]): boolean {
  if (lines.length < 2) return false
  const items = splitItems(comment.trim())
  if (
    items.length === lines.length &&
    items.every((item, at) => sameValueDisplay(item, lines[at] ?? ''))
  ) {
    return true
  }
  // Each value named by the variable printed (`argTest(1, 2); //t=2,e=3` for `2` and `3`).
  const named = items.map((item) => namedValue.exec(item.trim())?.[1])
  if (
    named.length === lines.length &&
    named.every((value, at) => value !== undefined && sameValueDisplay(value, lines[at] ?? ''))
  ) {
    return true
  }
  const quoted = items.flatMap((item) => item.split(/\s+/u))
  if (!quoted.every((word) => /^(['"‘“]).*(['"’”])$/u.test(word))) return false
  const unquoted = quoted.map((word) => word.slice(1, -1)).filter((word) => word !== '')
  const printed = lines
    .join(' ')
    .split(/\s+/u)
    .filter((word) => word !== '')
  return unquoted.length > 0 && unquoted.join(' ') === printed.join(' ')
}

/** A value after the name printing it: `t=2`, `total: 6`. */
const namedValue = /^[\p{L}_$][\p{L}\p{N}_$]*\s*[=:]\s*(\S.*)$/u

/** The items of a listing: split at commas outside brackets and quotes, and at runs of two spaces or more. */
function splitItems(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let quote: string | undefined
  let current = ''
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? ''
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === "'" || char === '"') quote = char
    else if ('[{('.includes(char)) depth++
    else if (']})'.includes(char)) depth--
    else if (
      depth === 0 &&
      (char === ',' || char === '，' || (char === ' ' && text[at + 1] === ' '))
    ) {
      if (current.trim()) items.push(current.trim())
      current = ''
      continue
    }
    current += char
  }
  if (current.trim()) items.push(current.trim())
  return items
}
