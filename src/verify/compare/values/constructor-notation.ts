/**
 * Whether a value comment written as a constructor call (`// => Max(5)`,
 * `// Some(9.99)`, `// None()`), the notation of functional-programming posts,
 * stands for the object Node shows (`Max { a: 5 }`, `{ val: 9.99, map: [Function: map] }`):
 * its arguments, in order, are the object's own data values (methods left
 * out), and a class Node names is the one written. Node itself never shows
 * an object as a call, so nothing else is read this way.
 */
export function sameConstructorNotation(
  written: string,
  actual: string,
  sameValue: (written: string, actual: string) => boolean,
): boolean {
  const call = /^([\p{Lu}\p{Lo}_$][\p{L}\p{N}_$]*)\((.*)\)$/u.exec(written.trim())
  const object = /^(?:([\p{L}_$][\p{L}\p{N}_$]*) )?\{(.*)\}$/u.exec(actual.trim())
  if (!call || !object) return false
  if (object[1] !== undefined && object[1] !== call[1]) return false
  const fields = topLevelItems(object[2] ?? '')
  const values: string[] = []
  for (const field of fields) {
    const pair = /^(?:[\p{L}\p{N}_$]+|'[^']*'): (.*)$/u.exec(field)
    if (!pair) return false
    const value = pair[1] ?? ''
    if (!/^\[(?:Async)?(?:Generator)?Function\b|^\[class\b/u.test(value)) values.push(value)
  }
  const args = topLevelItems(call[2] ?? '')
  return (
    args.length === values.length && args.every((arg, index) => sameValue(arg, values[index] ?? ''))
  )
}

/** The comma-separated items of a list's inside, commas in brackets and strings left alone. */
function topLevelItems(inside: string): string[] {
  const items: string[] = []
  let depth = 0
  let quote = ''
  let current = ''
  for (const char of inside) {
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === "'" || char === '"' || char === '`') quote = char
    else if ('([{'.includes(char)) depth++
    else if (')]}'.includes(char)) depth--
    else if (char === ',' && depth === 0) {
      items.push(current.trim())
      current = ''
      continue
    }
    current += char
  }
  if (current.trim()) items.push(current.trim())
  return items
}
