/**
 * Whether a documented function written as its source, as a browser's
 * console shows a function (`function() {}`, `ƒ add(a, b) {...}`, `() =>
 * {}`), stands for the function Node shows by its tag (`[Function
 * (anonymous)]`, `[Function: add]`): the same function when both are
 * anonymous or both carry the same name; so does the function's name alone,
 * as an author names a constructor (`xiaoming.constructor // Person` for
 * `[Function: Person]`, or `[class Person]`). Other values are not read so.
 */
export function sameFunctionDisplay(documented: string, actual: string): boolean {
  const tag = /^\[(?:Async)?(?:Generator)?Function(?:: ([\p{L}\p{N}_$]+)| \(anonymous\))\]$/u.exec(
    actual.trim(),
  )
  const named =
    /^\[class ([\p{L}\p{N}_$]+)(?: extends [\p{L}\p{N}_$.]+)?\]$/u.exec(actual.trim())?.[1] ??
    tag?.[1]
  // The name alone, as an author names a constructor: `xiaoming.constructor // Person`.
  if (named !== undefined && documented.trim() === named) return true
  if (!tag) return false
  const source =
    /^(?:async\s+)?(?:function\s*\*?|ƒ)\s*([\w$]*)\s*\([^)]*\)\s*\{.*\}$/su.exec(
      documented.trim(),
    ) ??
    (/^(?:async\s+)?(?:\([^)]*\)|[\w$]+)\s*=>/u.test(documented.trim())
      ? (['', ''] as const)
      : null)
  if (!source) return false
  return (source[1] ?? '') === (tag[1] ?? '')
}
