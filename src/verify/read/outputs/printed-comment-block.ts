import type { Runner } from '../../runners.js'
import type { DocumentedOutput } from './documented-output.js'
import { uncomment } from './documented-output.js'

/** The text a print call starts with: `print(u"实际总数:", n)`, `console.log('total:', n)`. */
const printedText =
  /(?:^|[^\w.$])(?:print|console\.(?:log|info))\s*\(\s*[uUfFbBrR]?(['"`])((?:\\.|(?!\1).)+)\1/gu

/**
 * Output shown as a block of comment lines closing the sample, set apart
 * from the code by a blank line, with no `Output:` marker: a program's
 * prints, then `# (1, 'a')` ... `# 实际总数: 16`. Taken only when a line of
 * the block starts with the text one of the code's print calls starts with
 * (`实际总数:` of `print(u"实际总数:", len(res))`), so the block shows what
 * that program printed rather than the author's notes; compared whole, as
 * the output of the program (a bare `##` line opening the block is its mark,
 * no output). `undefined` otherwise.
 */
export function printedCommentBlock(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  const lines = code.split('\n')
  let end = lines.length
  while (end > 0 && lines[end - 1]?.trim() === '') end--
  let start = end
  while (start > 0 && uncomment(lines[start - 1] ?? '', runner.commentPrefixes) !== undefined)
    start--
  if (end - start < 2 || start < 2 || lines[start - 1]?.trim() !== '') return undefined
  const program = lines.slice(0, start).join('\n')
  const printed = [...program.matchAll(printedText)]
    .map((match) => (match[2] ?? '').trim())
    .filter((text) => text.length >= 2)
  // A bare `##` or `#` opening the block marks it, as a heading would: no line of output.
  while (start < end && (uncomment(lines[start] ?? '', runner.commentPrefixes) ?? '').trim() === '')
    start++
  const body = lines.slice(start, end).map((line) => uncomment(line, runner.commentPrefixes) ?? '')
  if (!body.some((line) => printed.some((text) => line.trim().startsWith(text)))) return undefined
  return {
    kind: 'comment',
    lines: body,
    lineNumbers: body.map((_, offset) => fenceLine + 1 + start + offset),
    reason: `comment lines closing the sample, after a blank line, from line ${fenceLine + 1 + start}, showing what its prints print`,
  }
}
