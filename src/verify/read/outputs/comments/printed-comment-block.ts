import escapeStringRegexp from 'escape-string-regexp'
import { arrowItems } from '../../../compare/arrow-joined.js'
import type { Runner } from '../../../runners.js'
import type { DocumentedOutput } from '../documented-output.js'
import { uncomment } from '../documented-output.js'

/** The text a print call starts with: `print(u"实际总数:", n)`, `console.log('total:', n)`. */
const printedText =
  /(?:^|[^\w.$])(?:print|console\.(?:log|info))\s*\(\s*[uUfFbBrR]?(['"`])((?:\\.|(?!\1).)+)\1/gu

/** A placeholder of a format string: `%s`, `%5.2f`, `{}`, `{name}`, `${name}`. */
const placeholder = /%[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]|\$?\{[^{}]*\}/gu

/**
 * What a line printed from a format string starts like: its literal text,
 * anything where a placeholder stands (`%s is running` prints `func is
 * running`); `undefined` when it holds fewer than 2 characters of text.
 */
function templateOf(text: string): RegExp | undefined {
  const chunks = text.trim().split(placeholder)
  if (chunks.join('').trim().length < 2) return undefined
  return new RegExp(`^${chunks.map((chunk) => escapeStringRegexp(chunk)).join('.*?')}`, 'u')
}

/** A top-level Python print (`print (x)`, `print(type(Index))`): the program prints when it runs. */
const printsAtTopLevel = /^print\s*\(/mu
/** A line showing a value: a list, tuple, dict, repr, string, number, `True`, `False`, `None`. */
const valueLine = /^(?:[[({<'"]|-?\d|(?:True|False|None)\b)/u

/**
 * Output shown as a block of comment lines closing the sample, set apart
 * from the code by a blank line, with no `Output:` marker: a program's
 * prints, then `# (1, 'a')` ... `# 实际总数: 16`; or one such line giving the
 * order of what the prints print, arrows between (`// 1 start -> 2 end`). Taken only when a line of
 * the block starts with the text one of the code's print calls starts with
 * (`实际总数:` of `print(u"实际总数:", len(res))`, `func is running` of
 * `print("%s is running" % name)`), or, in a Python program printing at its
 * top level, when each line shows a value (`# [1, 2]`, `# <type 'list'>`), so
 * the block shows what that program printed rather than the author's notes; compared whole, as
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
  if (end - start < 1 || start < 2 || lines[start - 1]?.trim() !== '') return undefined
  const program = lines.slice(0, start).join('\n')
  const printed = [...program.matchAll(printedText)].flatMap((match) => {
    const template = templateOf(match[2] ?? '')
    return template ? [template] : []
  })
  // One line is the output only as the order of lines the code prints, an arrow between each
  // (`// sync -> promise -> timeout`), every one of them a line a print of the code starts.
  if (end - start === 1) {
    const items = arrowItems(uncomment(lines[start] ?? '', runner.commentPrefixes) ?? '')
    if (!items?.every((item) => printed.some((template) => template.test(item)))) return undefined
  }
  // A bare `##` or `#` opening the block marks it, as a heading would: no line of output.
  while (start < end && (uncomment(lines[start] ?? '', runner.commentPrefixes) ?? '').trim() === '')
    start++
  const body = lines.slice(start, end).map((line) => uncomment(line, runner.commentPrefixes) ?? '')
  const shownByPrint = (line: string) => printed.some((template) => template.test(line.trim()))
  // Or, in Python, a block of values only (`# [('.*$', ...)]`, `# <type 'classobj'>`) closing a
  // program that prints: what its prints show, read whole, as a reader reads it.
  const values =
    runner.id === 'python' &&
    printsAtTopLevel.test(program) &&
    body.every((line) => !line.trim() || valueLine.test(line.trim()) || shownByPrint(line))
  if (!values && !body.some(shownByPrint)) return undefined
  return {
    kind: 'comment',
    lines: body,
    lineNumbers: body.map((_, offset) => fenceLine + 1 + start + offset),
    reason: `comment lines closing the sample, after a blank line, from line ${fenceLine + 1 + start}, showing what its prints print`,
  }
}
