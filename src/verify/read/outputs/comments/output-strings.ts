import type { Runner } from '../../../runners.js'
import { type Statement, topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput, OutputPart } from '../documented-output.js'
import { outputMarker } from '../documented-output.js'
import { dropOutputMarker } from './block-comment-output.js'
import { readOutputBlock } from './repl-values.js'
import { kindOf } from './statement-kinds.js'
import { varyingSource, withVarying } from './varying-sources.js'

/** A statement that is only a triple-quoted string, its quotes on lines of their own. */
const quotedBlock = /^("""|''')[ \t]*\n([\s\S]*?)\n[ \t]*\1$/

/** A statement that raises: what it shows is the traceback. */
const raises = /^raise\b/

/**
 * Outputs a Python sample writes in bare triple-quoted strings, each under
 * the code whose run it shows, as a notes author pastes the console into
 * the script (several in one sample, each documenting the code since the
 * previous one):
 *
 *     for num in [1, 2, 3, 4, 5]:
 *         if num == 3:
 *             break
 *         print(num)
 *
 *     """
 *     1
 *     2
 *     """
 *
 * A string under code that shows nothing (definitions, assignments), or
 * opening the sample, is a note. Set apart from its code by a blank line,
 * with no `Output:` marker opening it, the string may be a note as well
 * (`when run alone: ready`): it is compared only when the run resembles it.
 * A traceback in it documents the error the code raises, compared by the
 * error's line, as a session's is. `undefined` with no such string.
 */
export function outputStrings(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (runner.id !== 'python' || !/^[ \t]*(?:"""|''')[ \t]*$/m.test(code)) return undefined
  const statements = topLevelStatements(runner, code)
  if (!statements) return undefined
  const parts: OutputPart[] = []
  let start = 0
  for (const [at, statement] of statements.entries()) {
    const found = quotedBlock.exec(statement.text.trim())
    if (!found) continue
    const covered = statements.slice(start, at)
    start = at + 1
    const last = covered.at(-1)
    const first = covered[0]
    if (!first || !last || !covered.some((s) => shows(s, runner))) continue
    const body = (found[2] ?? '').split('\n').map((line) => line.trimEnd())
    const numbers = body.map((_, index) => fenceLine + statement.from + index + 1)
    const marked = outputMarker.test(body[0]?.trim() ?? '')
    dropOutputMarker(body, numbers)
    while (body.at(-1)?.trim() === '') {
      body.pop()
      numbers.pop()
    }
    if (body.every((line) => line.trim() === '')) continue
    const traceback = body.findIndex((line) => line.trim().startsWith('Traceback (most recent'))
    // Lines printed before a traceback are read with it from its header on, as a session's are.
    const shown = traceback > 0 ? body.slice(traceback) : body
    parts.push({
      from: first.from,
      to: last.to,
      ...readOutputBlock(covered, shown, runner),
      ...(!marked && statement.from !== last.to + 1 && { loose: true }),
      inBlockComment: true,
      lines: body,
      lineNumbers: numbers,
    })
  }
  if (parts.length === 0) return undefined
  const varying = varyingSource(code)
  const lines = code.split('\n')
  return {
    kind: 'statements',
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
    parts: parts.map((part) => withVarying(part, varying, lines, fenceLine)),
    reason: `${parts.length} output${parts.length === 1 ? '' : 's'} written in strings under the code, from line ${parts[0]?.lineNumbers[0] ?? fenceLine}`,
  }
}

/** `if __name__ == '__main__':`, the guard of a script's main code. */
const mainGuard = /^if\s+__name__\s*==\s*(['"])__main__\1\s*:/

/**
 * Whether a statement shows something when run: a print, a block or call
 * that may print, a `raise`, the script's main code under its guard.
 */
function shows(statement: Statement, runner: Runner): boolean {
  const text = statement.text.trim()
  return kindOf(statement, runner) !== 'other' || raises.test(text) || mainGuard.test(text)
}
