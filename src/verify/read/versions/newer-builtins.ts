/**
 * Built-ins of recent ECMAScript editions, each with the first Node.js
 * release that has it: a call to one is code for that Node or a newer one,
 * as the post's "What's new in ECMAScript 2024" means it.
 */
const builtins: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\b(?:Object|Map)\.groupBy\s*\(/u, 'Object.groupBy', '21'],
  [/\.transfer(?:ToFixedLength)?\s*\(/u, 'ArrayBuffer.prototype.transfer', '21'],
  [/\bPromise\.withResolvers\s*\(/u, 'Promise.withResolvers', '22'],
  [/\bArray\.fromAsync\s*\(/u, 'Array.fromAsync', '22'],
  [/\bPromise\.try\s*\(/u, 'Promise.try', '23'],
  [/\bRegExp\.escape\s*\(/u, 'RegExp.escape', '24'],
]

/**
 * The newest Node.js a JavaScript sample's calls of recent built-ins need
 * (`Object.groupBy(...)`: `21`), with the built-in, or `undefined` when it
 * calls none. Only a failure on an older Node is affected (not checked).
 */
export function builtinNodeVersion(code: string): { version: string; builtin: string } | undefined {
  let found: { version: string; builtin: string } | undefined
  for (const [pattern, builtin, version] of builtins) {
    if (pattern.test(code) && (!found || Number(version) > Number(found.version))) {
      found = { version, builtin }
    }
  }
  return found
}
