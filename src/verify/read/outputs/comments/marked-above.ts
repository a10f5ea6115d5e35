import type { Runner } from '../../../runners.js'
import { uncomment } from '../documented-output.js'

/**
 * An output word opening a comment, then the value: `输出3`, `输出undefined`, `输出: 2`,
 * `Output: 2`; after a word with no colon, a value in ASCII (`// 打印总数` heads the code).
 */
const wordMarker =
  /^(?:(?:输出|打印)(?:\s*[:：]\s*|\s*(?=[!-~]))|(?:expected\s+)?output\s*[:：]\s*)(\S.*)$/iu

/** A line under which a comment documents nothing: a declaration, an assignment, a block's opening. */
const printsNothing =
  /^(?:(?:var|let|const)\s|(?:export\s+)?(?:async\s+)?function\b|class\s|[\p{L}_$][\p{L}\p{N}_$.]*\s*=[^=>]|.*\{$)/u

/**
 * The output a print call on `lines[index]` shows, written in the comment
 * line right ABOVE it, at its indentation, opening with an output word
 * (`// 输出3` over `console.log(a)`, inside a function body too): the
 * comment stands where a reader looks for the caption of the print, not
 * under a statement whose output it could be. Taken only when the line
 * above the comment shows nothing (the sample's start, a blank line,
 * another comment, a declaration, an assignment, a block's opening), and the
 * print has no comment of its own; `undefined` otherwise. `whole` is the
 * comment's text, `value` what follows the output word.
 */
export function markedLineAbove(
  lines: readonly string[],
  index: number,
  runner: Runner,
): { value: string; whole: string; line: number } | undefined {
  const print = lines[index] ?? ''
  const above = lines[index - 1]
  if (index < 1 || above === undefined) return undefined
  const indent = /^\s*/.exec(print)?.[0] ?? ''
  if (!above.startsWith(indent) || /^\s/.test(above.slice(indent.length))) return undefined
  const whole = uncomment(above, runner.commentPrefixes)?.trim()
  const value = whole === undefined ? undefined : wordMarker.exec(whole)?.[1]?.trim()
  if (!whole || !value) return undefined
  const before = (lines[index - 2] ?? '').trim()
  const quiet =
    before === '' ||
    uncomment(before, runner.commentPrefixes) !== undefined ||
    printsNothing.test(before)
  return quiet ? { value, whole, line: index - 1 } : undefined
}
