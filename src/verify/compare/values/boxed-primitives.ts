import type { ConsoleValue } from './console-values.js'

/**
 * A primitive wrapped in its object (`Object(2)`, `this` of a sloppy
 * function called with `call(2)`), as each console shows it: Node's
 * `[Number: 2]`, `[String: 'a']`; Chrome's `Number {2}`, older Chrome's
 * `Number {[[PrimitiveValue]]: 2}`, Firefox's `Number { 2 }`. Both are read
 * as one token naming the wrapper and the value, so they compare equal.
 */

/** The wrappers of primitives, as consoles name them. */
export const boxedTypes: ReadonlySet<string> = new Set([
  'Number',
  'String',
  'Boolean',
  'BigInt',
  'Symbol',
])

/** Node's opening of a wrapped primitive: `[Number: `. */
export const nodeBoxedOpening = /^\[(Number|String|Boolean|BigInt|Symbol): /u

/** Chrome's key of the wrapped value in older versions: `[[PrimitiveValue]]:`. */
export const primitiveValueKey = /^\[\[PrimitiveValue\]\]:\s*/u

/** The token of a wrapped primitive: `Number 2`, `String "a"` (a string in one quoting whatever the display's). */
export function boxedToken(type: string, value: ConsoleValue): ConsoleValue | undefined {
  if (value.kind === 'string')
    return { kind: 'token', text: `${type} ${JSON.stringify(value.text)}` }
  if (value.kind === 'primitive' || value.kind === 'token')
    return { kind: 'token', text: `${type} ${value.text}` }
  return undefined
}
