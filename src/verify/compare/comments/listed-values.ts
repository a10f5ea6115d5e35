import { listedValues } from '../../read/outputs/comments/listed-values.js'
import { parseConsoleValues, sameConsoleValue } from '../values/console-values.js'
import { sameValueDisplay } from '../values/value-display.js'

/**
 * Whether the values a comment lists with commas (`// 1, 1`, `// 1, 2,
 * {y:3,z:4}`, `// 'a', ['b']`) are what a call printing them side by side
 * printed (`1 1`, `1 2 { y: 3, z: 4 }`, `a [ 'b' ]`): as many values, each
 * the same, an array or object compared by its items however it is spaced,
 * a string printed bare as a print shows it.
 */
export function sameListedValues(comment: string, printed: string): boolean {
  const items = listedValues(comment.trim())
  if (!items) return false
  const words = printed.trim().split(/\s+/u)
  if (
    items.length === words.length &&
    items.every((item, at) => sameValueDisplay(item, words[at] ?? ''))
  ) {
    return true
  }
  let rest = printed.trim()
  for (const item of items) {
    const quoted = /^(['"`])(.*)\1$/su.exec(item)
    const text = quoted ? (quoted[2] ?? '') : rest.slice(0, valueEnd(rest))
    if (!rest.startsWith(text)) return false
    if (!quoted) {
      const [documented, ...more] = parseConsoleValues(item) ?? []
      const [actual, ...others] = parseConsoleValues(text) ?? []
      if (!documented || !actual || more.length + others.length > 0) return false
      if (!sameConsoleValue(documented, actual)) return false
    }
    rest = rest.slice(text.length).trimStart()
  }
  return rest === ''
}

/** Where the value a display starts with ends: its closing bracket, or the next space. */
function valueEnd(text: string): number {
  if (!/^[[{(]/u.test(text)) return /\s/u.exec(text)?.index ?? text.length
  let depth = 0
  let quote: string | undefined
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? ''
    if (quote) {
      if (char === '\\') at++
      else if (char === quote) quote = undefined
    } else if (`'"\``.includes(char)) quote = char
    else if ('[{('.includes(char)) depth++
    else if (']})'.includes(char) && --depth === 0) return at + 1
  }
  return text.length
}
