import { parseConsoleValue } from './console-values.js'

/**
 * Whether a documented value is a JavaScript array Node printed, written
 * as the browser's `alert()` and `String()` show an array: its items joined
 * by commas, without brackets or quotes (`// 2,3,4` for `[ 2, 3, 4 ]`,
 * `// val` for `[ 'val' ]`), or listed with spaces when no item holds one
 * (`// apples bananas oranges`), or joined by commas alone and quoted, as
 * the string the join makes (`// "red,blue,green"`). Only for Node's padded display of an array of
 * strings and numbers (Python's `['val']` is not padded, and a post on
 * Python shows its lists as Python prints them); the items must agree
 * exactly, in order.
 */
export function sameJoinedArray(documented: string, actual: string): boolean {
  // The joined string in quotes, as the string it is (`// "red,blue,green"`): two items at least, commas alone between.
  const quoted = /^(["'])([^"'`]*,[^"'`]*)\1$/u.exec(documented.trim())
  const written = quoted?.[2] ?? documented.trim()
  const printed = actual.trim()
  if (written === '' || /[[\]{}'"`]/u.test(written)) return false
  if (!/^\[ .* \]$/u.test(printed)) return false
  const value = parseConsoleValue(printed)
  if (value?.kind !== 'container' || value.open !== '[' || value.tag !== undefined) return false
  if (value.cut || value.items.length === 0) return false
  const items: string[] = []
  for (const item of value.items) {
    const shown = item.value
    if (item.key !== undefined || shown === undefined) return false
    if (shown.kind === 'string' || shown.kind === 'primitive') items.push(shown.text)
    else return false
  }
  if (quoted) return written === items.join(',')
  if (written === items.join(',') || written === items.join(', ')) return true
  // Items of no space of their own, listed with spaces between (`// apples bananas oranges`).
  return items.every((item) => !/\s/u.test(item)) && written === items.join(' ')
}
