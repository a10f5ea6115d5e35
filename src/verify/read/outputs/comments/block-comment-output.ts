import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput } from '../documented-output.js'
import { outputMarker, printCall } from '../documented-output.js'
import { firstOfPrintRun } from './print-runs.js'

/**
 * The output of a sample's last statement, a print call, written in the
 * `/* ... *\/` block comment that ends the sample (JavaScript, TypeScript):
 *
 *     console.log(totals);
 *
 *     /*
 *     Object {dollars: 1130, euros: 1015.11531904}
 *     *\/
 *
 * The comment's lines, a JSDoc-style ` * ` before each and an `Output:`
 * marker on the first taken off, are what that print shows (or the prints
 * right above it one under the other: print-runs.ts). Only right after
 * a print call, so a closing remark after other code is not read as output.
 */
export function blockCommentOutput(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (!runner.commentPrefixes.includes('//')) return undefined
  const lines = code.split('\n')
  let end = lines.length - 1
  while (end >= 0 && lines[end]?.trim() === '') end--
  if (!lines[end]?.trimEnd().endsWith('*/')) return undefined
  let start = end
  while (start >= 0 && !lines[start]?.trimStart().startsWith('/*')) start--
  // One comment, opened on that line and closed at the end only.
  const block = lines
    .slice(start, end + 1)
    .join('\n')
    .trimEnd()
  if (start < 0 || block.indexOf('*/') !== block.length - 2 || block.length < 4) return undefined
  const statements = topLevelStatements(runner, lines.slice(0, start).join('\n'))
  const last = statements?.at(-1)
  if (!last || !printCall.test(last.text.trim())) return undefined
  if (lines.slice(last.to, start).some((line) => line.trim() !== '')) return undefined
  const body: string[] = []
  const numbers: number[] = []
  for (let index = start; index <= end; index++) {
    let text = lines[index] ?? ''
    if (index === start) text = text.trimStart().slice(2)
    if (index === end) text = text.trimEnd().slice(0, -2)
    if (index !== start) text = text.replace(/^\s*\*(?:\s|$)/, '')
    body.push(text.trimEnd())
    numbers.push(fenceLine + index + 1)
  }
  while (body[0]?.trim() === '') {
    body.shift()
    numbers.shift()
  }
  while (body.at(-1)?.trim() === '') {
    body.pop()
    numbers.pop()
  }
  dropOutputMarker(body, numbers)
  if (body.length === 0) return undefined
  // Prints one under the other above the comment show their lines together (print-runs.ts).
  const first = firstOfPrintRun(statements ?? [], body.length) ?? last
  return {
    kind: 'statements',
    lines: body,
    lineNumbers: numbers,
    parts: [
      {
        from: first.from,
        to: last.to,
        value: false,
        inBlockComment: true,
        lines: body,
        lineNumbers: numbers,
      },
    ],
    reason:
      first === last
        ? `output of the print call at line ${fenceLine + last.to} in the block comment from line ${fenceLine + start + 1}`
        : `output of the print calls at lines ${fenceLine + first.from}-${fenceLine + last.to} in the block comment from line ${fenceLine + start + 1}`,
  }
}

/**
 * Drop the output marker opening a comment's lines (`Output:`, `输出：`), in
 * place: the line's value after it stays (`# Output: 3`), a marker alone
 * goes with its line number.
 */
export function dropOutputMarker(body: string[], numbers: number[]): void {
  const marker = outputMarker.exec(body[0]?.trim() ?? '')
  if (!marker) return
  const value = marker[1]?.trim()
  if (value) body[0] = value
  else {
    body.shift()
    numbers.shift()
  }
}
