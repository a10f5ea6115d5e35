import type { Runner } from '../runners.js'
import { topLevelStatements } from './code/statements.js'
import { consoleReading } from './console-lines.js'
import { consolePromptReading } from './console-prompts.js'
import { nodeReplReading } from './node-repl.js'
import { commentStart } from './outputs/comments/trailing-comments.js'

/** A line that opens with `{` at the left margin and ends with `}`, before an optional `//` comment. */
const braceLine = /^\{.*\}\s*$/

/**
 * JavaScript written as console lines, read as Node's REPL reads them: a
 * line that starts with `{` and does not end with `;` is wrapped in
 * parentheses, an object rather than a block (`{ a: 42 } === { a: 42 } // false`).
 * Only for code that does not parse as a script as written, and only when
 * the wrapped code does; the line keeps its number and its comment.
 * Another console's transcript (`$ expr` / `=> value`, or code then `> `
 * prompts) is read by `consolePromptReading` first, a Node REPL transcript
 * (`> expr` / its value) by `nodeReplReading`, then a fence of console
 * lines, each with its value comment, by `consoleReading`.
 */
export function replReading(written: string, runner: Runner): string {
  if (runner.id !== 'javascript' && runner.id !== 'typescript') return written
  const code = consoleReading(
    nodeReplReading(consolePromptReading(written, runner), runner),
    runner,
  )
  if (!code.includes('{') || topLevelStatements(runner, code)) return code
  const lines = code.split('\n')
  let changed = false
  const read = lines.map((line) => {
    const start = commentStart(line, '//')
    const statement = start === undefined ? line : line.slice(0, start)
    if (!braceLine.test(statement.trimEnd()) || /;\s*$/.test(statement)) return line
    const wrapped = `(${statement.trimEnd()});`
    if (!topLevelStatements(runner, wrapped)) return line
    changed = true
    return start === undefined ? wrapped : `${wrapped} ${line.slice(start)}`
  })
  if (!changed) return code
  const result = read.join('\n')
  return topLevelStatements(runner, result) ? result : code
}
