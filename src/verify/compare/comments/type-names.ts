/**
 * A print's comment naming the type of the value it prints rather than the
 * value (`console.log(Symbol()); // symbol`, `console.log({a: 'b'}); // object`,
 * `console.log(promise) // Promise`, a list of literals each labelled with its
 * type): a remark, not output.
 */

/** The type `typeof` names for a value as Node displays it, or `undefined` for a display not told apart. */
function typeOfDisplay(display: string): string | undefined {
  const text = display.trim()
  if (/^Symbol\(.*\)$/u.test(text)) return 'symbol'
  if (/^-?\d[\d_]*n$/u.test(text)) return 'bigint'
  if (/^(?:-?(?:\d+\.?\d*(?:e[-+]?\d+)?|\.\d+)|NaN|-?Infinity)$/u.test(text)) return 'number'
  if (/^(?:true|false)$/u.test(text)) return 'boolean'
  if (text === 'undefined') return 'undefined'
  if (/^\[(?:Function|class)\b/u.test(text)) return 'function'
  if (/^(?:[\p{L}_$][\p{L}\p{N}_$]*\s*)?[[{]/u.test(text) || text === 'null') return 'object'
  return undefined
}

/**
 * Whether the comment is only the name of the type of the value the statement printed:
 * a `typeof` name, or the class a display opens with (`// Promise` for `Promise { 1 }`,
 * `// Map` for `Map(1) { 'a' => 1 }`, `// Person` for `Person { name: 'Ann' }`).
 */
export function namesPrintedType(comment: string, printed: string): boolean {
  const name = comment.trim()
  if (/^[A-Z][\p{L}\p{N}_$]*$/u.test(name)) {
    return new RegExp(`^${name.replace(/\$/g, '\\$')}(?:\\(\\d+\\))? [[{]`, 'u').test(
      printed.trim(),
    )
  }
  const word = name.toLowerCase()
  if (!/^(?:symbol|bigint|number|boolean|undefined|function|object)$/u.test(word)) return false
  return printed.trim() !== word && typeOfDisplay(printed) === word
}
