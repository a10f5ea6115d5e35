/**
 * A print call's comment giving one bare value per argument it prints
 * (`console.log(x, y, z);  // 0 0 undefined`, `print(a, b)  # 1 2`): a claim
 * about each value, not words to compare only if they resemble the output.
 */

/** A scalar as a console shows it: a number, a bigint or a constant. */
const scalar =
  /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?n?|NaN|-?Infinity|undefined|null|true|false|None|True|False)$/u

/** The arguments of the first `console.log(...)`, `print(...)` call on a line, split at top-level commas. */
function printArguments(line: string): string[] | undefined {
  const call = /\b(?:console\.(?:log|info|warn|error|debug)|print)\s*\(/u.exec(line)
  if (!call) return undefined
  const args: string[] = []
  let depth = 0
  let current = ''
  let quote: string | undefined
  for (let index = call.index + call[0].length; index < line.length; index++) {
    const char = line[index] ?? ''
    if (quote) {
      current += char
      if (char === '\\') current += line[++index] ?? ''
      else if (char === quote) quote = undefined
      continue
    }
    if (char === "'" || char === '"' || char === '`') quote = char
    else if ('([{'.includes(char)) depth++
    else if (')]}'.includes(char)) {
      if (depth === 0) {
        args.push(current)
        return args.every((arg) => arg.trim() !== '') ? args : undefined
      }
      depth--
    } else if (char === ',' && depth === 0) {
      args.push(current)
      current = ''
      continue
    }
    current += char
  }
  return undefined
}

/**
 * Whether the comment is as many scalars, spaces between, as the print call
 * on the line has arguments, two or more: what such a call prints, side by
 * side, when the author's claim holds.
 */
export function valuePerArgument(line: string, comment: string): boolean {
  const values = comment.trim().split(/\s+/u)
  if (values.length < 2 || !values.every((value) => scalar.test(value))) return false
  return printArguments(line)?.length === values.length
}
