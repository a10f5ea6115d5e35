import type { Runner } from '../../../runners.js'
import { uncomment } from '../documented-output.js'

/**
 * A print of one template literal that starts with words and ends with one
 * substitution: `console.log(`Top number: ${top(nums)}`)`. Its text before
 * the `${` is a label it always prints; a comment under it may give the value
 * alone (`//4`), as interview notes write the expected answer.
 */
const templatePrint =
  /^console\.(?:log|info)\s*\(\s*`((?:[^`$\\]|\\.|\$(?!\{))*)\$\{((?:[^`{}]|\{[^`{}]*\})*)\}`\s*\)\s*;?$/su

/**
 * The label a print of one template literal prints before its one
 * substitution (`Top number: ` of `console.log(`Top number: ${n}`)`), its
 * escapes read (`\n` a line break); `undefined` for other statements, or a
 * template without letters before its substitution.
 */
export function templateLabel(statement: string): string | undefined {
  const match = templatePrint.exec(statement.trim())
  const raw = match?.[1]
  if (raw === undefined || !/\p{L}/u.test(raw)) return undefined
  return raw.replace(/\\(n|t|`|\$|\\)/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c,
  )
}

/**
 * The number of comment lines that remark on a value given in the comment
 * line right under a labelled template print (`//33` then `//First connect 1+3…`):
 * every comment line after that first one, up to code or a blank line. Such a
 * print shows one value after its label, so the lines under the value are the
 * author's explanation, not more output. 0 when the line after the value is
 * not a comment.
 */
export function remarksUnderValue(
  lines: readonly string[],
  valueIndex: number,
  runner: Runner,
  indent: string,
): number {
  let count = 0
  for (let index = valueIndex + 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (!line.startsWith(indent) || /^\s/.test(line.slice(indent.length))) break
    const text = uncomment(line, runner.commentPrefixes)
    if (text === undefined || text.trim() === '') break
    count++
  }
  return count
}
