import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput } from '../documented-output.js'

/** A call that writes to the console: its output is printed, not echoed by the REPL. */
const consoleWrite = /(?<![\w$.])console\.\w+\s*\(/u

/**
 * The output block of JavaScript typed into Node's REPL, without what the
 * REPL adds after it: its prompt waiting on the last line (`>`), and the
 * `undefined` it echoes above that for a last statement that prints and has
 * no value (`things.forEach((t) => console.log(t))`), as the reader sees
 * both after the printed lines. The lines the code printed are compared; a
 * block that does not end at the REPL's prompt is kept whole.
 */
export function withoutReplTail(
  documented: DocumentedOutput | undefined,
  code: string,
  runner: Runner,
): DocumentedOutput | undefined {
  if (documented?.kind !== 'block' || runner.id !== 'javascript') return documented
  const lines = [...documented.lines]
  const numbers = [...documented.lineNumbers]
  while (lines.length > 0 && !lines.at(-1)?.trim()) {
    lines.pop()
    numbers.pop()
  }
  if (lines.at(-1)?.trim() !== '>') return documented
  lines.pop()
  numbers.pop()
  const last = topLevelStatements(runner, code)?.at(-1)
  if (lines.at(-1)?.trim() === 'undefined' && last?.expression && consoleWrite.test(code)) {
    lines.pop()
    numbers.pop()
  }
  return {
    ...documented,
    lines,
    lineNumbers: numbers,
    reason: `${documented.reason}, without the REPL's echo and prompt after it`,
  }
}
