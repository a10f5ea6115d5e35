import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import { isRuleLine } from '../../rule-lines.js'
import type { DocumentedOutput } from '../documented-output.js'
import { pastedTail } from './pasted-tail.js'

/** An exception's last line, as a run prints it (`KeyError: 'blue'`, `ZeroDivisionError: division by zero`). */
const exceptionLine = /^[A-Z]\w*(?:Error|Exception)(?::\s|$)/

/** A REPL's or IPython's prompt opening a line. */
const sessionPrompt = /^\s*(?:>>>|In \[\d*\]:|>\s)/

/**
 * What a Python or JavaScript sample prints, pasted into its fence under a
 * rule drawn after the code (`print(a + b)` / `------------` / `TypeError:
 * can only concatenate str (not "int") to str`), as a notebook draws one over
 * a traceback: the lines under the first rule to the end of the sample are
 * its output, the rule and they become blank lines (every line keeps its
 * number). Only when the sample does not parse as written, does once they are
 * blank, and they do not parse as code of their own: a rule between two parts
 * of code is rule-lines.ts's.
 */
export function outputUnderRule(
  code: string,
  fenceLine: number,
  runner: Runner,
): { code: string; expected: DocumentedOutput } | undefined {
  if (runner.id !== 'python' && runner.id !== 'javascript') return undefined
  const lines = code.split('\n')
  const at = lines.findIndex(isRuleLine)
  // A session's prompts (`In [3]:`, `>>> `) make it a transcript, read as one.
  if (at <= 0 || lines.some((line) => sessionPrompt.test(line))) return undefined
  let end = lines.length
  while (end > at + 1 && !lines[end - 1]?.trim()) end--
  const pasted = lines.slice(at + 1, end)
  if (!pasted.some((line) => line.trim()) || pasted.some(isRuleLine)) return undefined
  if (topLevelStatements(runner, code)) return undefined
  // `KeyError: 'blue'` parses as an annotation, but an exception's line is no code a post writes.
  const last = pasted.filter((line) => line.trim()).at(-1) ?? ''
  if (!exceptionLine.test(last.trim()) && topLevelStatements(runner, pasted.join('\n')))
    return undefined
  return pastedTail(
    runner,
    lines,
    at,
    pasted,
    fenceLine + 2 + at,
    `output pasted under the rule at line ${fenceLine + 1 + at}`,
  )
}
