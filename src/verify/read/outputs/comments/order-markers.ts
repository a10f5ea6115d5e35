import type { Runner } from '../../../runners.js'
import type { DocumentedOutput } from '../documented-output.js'

/** A print call of JavaScript: `console.log(`, `console.info(`. */
const printCall = /(?:^|[^\w$.])console\.(?:log|info|warn|error)\s*\(/u
/** A print's trailing comment giving its place in the order alone: `// 2`, `//3`, `// 2nd`, `// 第1`. */
const marker = /\/\/\s*(?:第\s*)?(\d{1,2})(?:st|nd|rd|th)?\s*$/u
/** The print of one string literal, its text: `console.log('script start')`. */
const literalPrint = /console\.(?:log|info|warn|error)\s*\(\s*(['"`])((?:\\.|(?!\1).)*)\1\s*\)/u

/**
 * Output-order posts number the prints of a sample in the order they run
 * (`console.log('script start') // 1`, `console.log('async1 start') // 2`):
 * the numbers are the order of the lines printed, not the lines. Read so when
 * every print of the sample carries such a number, the numbers differ, and a
 * print of a string literal carries a number that is not its text: the
 * output is the prints' lines in that order, a literal's line as written
 * (a template's placeholders standing for any text), a print of anything
 * else any lines. `undefined` otherwise, the comments being values.
 */
export function orderMarkedPrints(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (runner.id !== 'javascript' && runner.id !== 'typescript') return undefined
  const marked: Array<{ order: number; line: number; text: string | undefined }> = []
  const lines = code.split('\n')
  for (const [index, line] of lines.entries()) {
    if (!printCall.test(line)) continue
    const order = marker.exec(line)?.[1]
    if (order === undefined) return undefined
    const literal = literalPrint.exec(line)
    const quote = literal?.[1]
    const raw = literal?.[2]
    const text =
      raw === undefined
        ? undefined
        : quote === '`'
          ? raw.replace(/\$\{[^{}]*\}/gu, '[..]')
          : raw.replace(/\\(['"\\])/gu, '$1')
    marked.push({ order: Number(order), line: fenceLine + 1 + index, text })
  }
  if (marked.length < 2) return undefined
  if (new Set(marked.map((print) => print.order)).size !== marked.length) return undefined
  if (!marked.some((print) => print.text !== undefined && print.text !== String(print.order)))
    return undefined
  const ordered = [...marked].sort((a, b) => a.order - b.order)
  return {
    kind: 'comment',
    lines: ordered.map((print) => print.text ?? '...'),
    lineNumbers: ordered.map((print) => print.line),
    reason: `order of its ${marked.length} prints, numbered in their comments`,
  }
}
