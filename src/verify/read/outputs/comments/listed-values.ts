import { literalValue } from './repl-values.js'

/**
 * The values a comment lists with commas, as the arguments of one print
 * shown side by side (`console.log(a, b) // 1, 1`, `console.log(x, y, rest);
 * // 1, 2, [3,4]`, `// 'a', {y:3,z:4}`): the comment split at its commas
 * outside brackets and strings. `undefined` unless there are two items or
 * more and each is one value of the language (a number, a string, a
 * constant, an array or an object) or a word standing for a string printed
 * bare beside such values (`// parent, 1, 1`), so a value followed by words
 * after a comma (`// 3, the quotient`) is no list.
 */
export function listedValues(comment: string): string[] | undefined {
  const items: string[] = []
  let depth = 0
  let quote: string | undefined
  let start = 0
  for (let at = 0; at < comment.length; at++) {
    const char = comment[at] ?? ''
    if (quote) {
      if (char === '\\') at++
      else if (char === quote) quote = undefined
    } else if (`'"\``.includes(char)) quote = char
    else if ('[{('.includes(char)) depth++
    else if (']})'.includes(char)) depth--
    else if (char === ',' && depth === 0) {
      items.push(comment.slice(start, at).trim())
      start = at + 1
    }
  }
  items.push(comment.slice(start).trim())
  if (quote || depth !== 0 || items.length < 2) return undefined
  const literal = (item: string) => literalValue.test(item) && !/^[(<]/u.test(item)
  if (items.filter(literal).length < 2) return undefined
  return items.every((item) => literal(item) || bareString.test(item)) ? items : undefined
}

/**
 * One word standing for a string argument, written bare as the print shows
 * it (`console.log(s.name, s.say(), s.run()) // Tom, 'Tom', 18`), counted
 * only beside two literal values at least, so words alone (`// x, y`) and a
 * value with a word after it (`// 3, quotient`) stay the author's words.
 */
const bareString = /^[\p{L}_$][\p{L}\p{N}_$]*$/u
