import { topLevelStatements } from '../read/code/statements.js'
import { commentText, statementError } from '../read/error-claims/error-comments.js'
import { commentStart } from '../read/outputs/comments/trailing-comments.js'
import type { Runner } from '../runners.js'

/**
 * JavaScript whose statement the post shows as a console's `SyntaxError`
 * value (after an arrow), on its line or on the comment line right under it (`queryString.replace(/+/, ' ');`
 * / `// → SyntaxError: invalid regular expression`), read as a console
 * reads it: each input compiled on its own, so that statement raises its
 * error where it stands and the others run, where one program would be
 * refused whole before anything ran. The statement is compiled alone
 * (through `eval`) and its error shown as a console shows it (`Uncaught
 * SyntaxError: ...`); any other error it raises goes on as before.
 * Statements `skip` (whose output the instrumenting handles) are left.
 */
export function syntaxErrorsAlone(
  runner: Runner,
  code: string,
  skip: (from: number, to: number) => boolean,
): string {
  if (runner.id !== 'javascript' || !/SyntaxError/.test(code)) return code
  const statements = topLevelStatements(runner, code)
  // A statement alone is refused as a program with the same error: nothing else waits to run.
  if (!statements || statements.length < 2) return code
  const lines = code.split('\n')
  let result = code
  for (const statement of [...statements].reverse()) {
    if (!statement.expression || skip(statement.from, statement.to)) continue
    const last = lines[statement.to - 1] ?? ''
    const start = commentStart(last, '//')
    const trailing = start === undefined ? undefined : last.slice(start + 2).trim()
    const below = commentText(lines[statement.to] ?? '', runner)
    const said = trailing ?? below ?? ''
    // Only a value written as a console shows it (`// → SyntaxError: ...`): a plain error comment claims the program is refused.
    if (!/^(?:→|=>|->|<-)/.test(said)) continue
    const claim = statementError(said)
    if (claim?.name !== 'SyntaxError') continue
    const text = statement.text.replace(/;\s*$/, '')
    // The statement's text alone, without a comment it ends with on its last line.
    const expression =
      start === undefined || !text.endsWith(last.slice(start).trimEnd())
        ? text
        : text.slice(0, text.length - last.slice(start).trimEnd().length).replace(/;\s*$/, '')
    const alone = `try { eval(${JSON.stringify(expression)}); } catch (postdeckError) { if (!(postdeckError instanceof SyntaxError)) throw postdeckError; console.log('Uncaught SyntaxError: ' + postdeckError.message); }`
    result = result.slice(0, statement.start) + alone + result.slice(statement.end)
  }
  return result
}
