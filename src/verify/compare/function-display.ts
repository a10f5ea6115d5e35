/**
 * Whether a documented function written as its source, as a browser's
 * console shows a function (`function() {}`, `ƒ add(a, b) {...}`, `() =>
 * {}`), stands for the function Node shows by its tag (`[Function
 * (anonymous)]`, `[Function: add]`): the same function when both are
 * anonymous or both carry the same name. A class (`[class A]`) and other
 * values are not read so.
 */
export function sameFunctionDisplay(documented: string, actual: string): boolean {
  const tag = /^\[(?:Async)?(?:Generator)?Function(?:: ([\w$]+)| \(anonymous\))\]$/u.exec(
    actual.trim(),
  )
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
