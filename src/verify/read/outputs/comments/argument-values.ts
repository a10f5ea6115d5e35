/**
 * A print call's comment giving one value per argument it prints
 * (`console.log(x, y, z);  // 0 0 undefined`, `print(a, b)  # 1 2`,
 * `console.log(d, typeof d); // 3 "number" (subtraction)`): a claim
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
 * Whether the comment is as many scalars or quoted strings, spaces between,
 * as the print call on the line has arguments, two or more, perhaps with a
 * remark in brackets after them (a type's name bare for a `typeof`
 * argument): what such a call prints, side by side, when the author's claim holds.
 */
export function valuePerArgument(line: string, comment: string): boolean {
  // A remark in brackets may follow the values: `// 3 "number" (numeric subtraction)`.
  const values = comment.trim().replace(remark, '').match(token) ?? []
  const args = printArguments(line)
  if (values.length < 2 || args?.length !== values.length) return false
  // A `typeof` argument prints a type's name bare: `console.log(+d, typeof +d); // 1603158069140 number`.
  return values.every(
    (value, at) =>
      scalar.test(value) ||
      quoted.test(value) ||
      (/^\s*typeof\b/u.test(args[at] ?? '') && typeName.test(value)),
  )
}

/** What `typeof` gives. */
const typeName = /^(?:undefined|object|boolean|number|bigint|string|symbol|function)$/u

/** A remark of words in brackets ending the comment: ` (numeric subtraction)`, `（字符串拼接）`. */
const remark = /(?:\s+\(|\s*（)[^()（）]*\p{L}[^()（）]*[)）]$/u
/** A string quoted whole, or a run of other characters. */
const token = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S+/gu
/** A string quoted whole: `'abc'`, `"number"`. */
const quoted = /^(['"]).*\1$/u
