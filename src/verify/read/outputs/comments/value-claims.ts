import { browserDate } from '../../../compare/values/date-display.js'

/**
 * Telling a comment that claims a value from one that describes: a claim
 * reads as a value of the language (a literal, a console's or `repr`'s
 * form such as `Promise { <pending> }`, perhaps with a remark in brackets);
 * words of prose around it make it a description, which the reader is not
 * meant to see printed (`// -> Promise 实例对象`, `# Check if s ends with suffix`).
 */

/** Quoted strings and bracketed parts, which may hold any words of a value. */
const quotedOrBracketed = /(['"`])(?:\\.|(?!\1).)*\1|\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}|<[^<>]*>/gu
/** A word of prose: two letters or more, or Han text. */
const proseWord = /\p{Script=Han}+|\p{L}{2,}/gu

/**
 * Whether a comment reads as prose rather than a value: Han text, or two
 * words or more side by side, outside quotes and brackets (`Promise 实例对象`,
 * `the global object`); a constructor's name before its contents
 * (`Map(1) {'a' => 1}`, `Promise { <pending> }`) is a value.
 */
export function readsAsProse(comment: string): boolean {
  // A date as a browser shows it (`Tue Mar 05 2024 10:00:00 GMT+0800`) is a value.
  const bare = outsideValues(comment.replace(browserDate, ' '))
  if (/\p{Script=Han}/u.test(bare)) return true
  return /\p{L}{2,}[\s,;:]+\p{L}{2,}/u.test(bare)
}

/** A comment without its quoted strings and bracketed parts. */
function outsideValues(comment: string): string {
  let bare = comment
  for (let previous = ''; previous !== bare; ) {
    previous = bare
    bare = bare.replace(quotedOrBracketed, ' ')
  }
  return bare
}

/**
 * Whether a comment in words, compared with what its statement showed,
 * describes it rather than quotes it: two words of prose or more that the
 * output does not contain (`No return value, output: 2, 4, 6, 8, 10` for the
 * five logged numbers). Words in quotes or brackets are values, not prose
 * (`/Users/<username>`), and a misspelt word of a printed line
 * (`# Hello Wrold`) is one word: both are still differences.
 */
export function describesOutput(comment: string, output: string): boolean {
  if (!readsAsProse(comment)) return false
  const shown = new Set((output.toLowerCase().match(proseWord) ?? []).map(String))
  const words = outsideValues(comment).toLowerCase().match(proseWord) ?? []
  const absent = words.filter((word) => !shown.has(word))
  return absent.length >= 2
}
