import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput } from '../documented-output.js'

/**
 * A sample whose last lines, from `from` on, are output pasted under its code:
 * the code with those lines blank (every line keeps its number), and the
 * pasted lines as the output it documents in its own lines, as a trailing
 * output comment's are, so no fence after it is output. `firstLine` is the
 * post line of the first pasted line. `undefined` when the code does not
 * parse once they are blank: then they were code.
 */
export function pastedTail(
  runner: Runner,
  lines: readonly string[],
  from: number,
  pasted: readonly string[],
  firstLine: number,
  reason: string,
): { code: string; expected: DocumentedOutput } | undefined {
  const code = lines.map((line, index) => (index >= from ? '' : line)).join('\n')
  if (!topLevelStatements(runner, code)) return undefined
  const output = pasted.map((line) => line.trimEnd())
  return {
    code,
    expected: {
      kind: 'comment',
      lines: output,
      lineNumbers: output.map((_, offset) => firstLine + offset),
      reason,
    },
  }
}
