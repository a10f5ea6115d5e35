import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'

/** A browser console's error line: `Uncaught TypeError: Cannot convert object to primitive value`. */
const uncaught = /^(\s*)Uncaught\s+([A-Z][A-Za-z]*(?:Error|Exception)\b.*)$/u
/** A frame of the console's stack under it: `at <anonymous>:1:5`, `at foo (app.js:3:9)`. */
const frame = /^\s+at\s+\S/u

/**
 * A browser console's error pasted into a JavaScript sample under the code
 * that raised it (`obj + 1` / `Uncaught TypeError: Cannot convert object to
 * primitive value` / `    at <anonymous>:1:5`): the error line becomes the
 * comment claiming that error (`// TypeError: ...`), as an error comment
 * under its statement says, and its frames blank lines, every line keeping
 * its number. Only when the sample does not parse as written and does once
 * so rewritten: a string or a comment holding such a line is code.
 */
export function pastedConsoleError(code: string, runner: Runner): string | undefined {
  if (runner.id !== 'javascript' && runner.id !== 'typescript') return undefined
  const lines = code.split('\n')
  const start = lines.findIndex((line) => uncaught.test(line))
  if (start <= 0) return undefined
  const after = lines.slice(start + 1)
  if (!after.every((line) => line.trim() === '' || frame.test(line))) return undefined
  if (topLevelStatements(runner, code)) return undefined
  const rewritten = lines.map((line, index) => {
    if (index < start) return line
    if (index > start) return ''
    return line.replace(uncaught, (_, indent: string, error: string) => `${indent}// ${error}`)
  })
  const text = rewritten.join('\n')
  return topLevelStatements(runner, text) ? text : undefined
}
