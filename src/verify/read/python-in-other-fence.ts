import { isShellRunner } from '../runner-id.js'
import { type Runner, runnerFor } from '../runners.js'
import { topLevelStatements } from './code/statements.js'

/**
 * A line only a Python program has: an import of a module alone (`import
 * random`), `from x import y`, a `def` line ending in its colon, or a
 * `print(...)` call starting the line, which no shell parses.
 */
const pythonLine = /^(?:import [\w.]+(?: as \w+)?\s*$|from [\w.]+ import \S|def \w+\(.*\):\s*$)/m
const printLine = /^print\s*\(/m

/**
 * Python, when a fence labelled JavaScript or a shell holds a Python
 * program, as a reader sees at once (`import random` / `print(random.random())`
 * under ```` ```javascript ````, `print(shlex.split(line))` under
 * ```` ```shell ````): it has a line only Python has, it does not parse in
 * the language of its label (a JavaScript one), or its `print(...)` line is
 * a shell's syntax error, and it parses as Python. `undefined` otherwise:
 * the label decides.
 */
export function pythonInOtherFence(code: string, labelled: Runner): Runner | undefined {
  const python = runnerFor('python')
  if (!python) return undefined
  const javascript = labelled.id === 'javascript' || labelled.id === 'typescript'
  if (!javascript && !isShellRunner(labelled)) return undefined
  const marked = javascript
    ? pythonLine.test(code) && topLevelStatements(labelled, code) === undefined
    : printLine.test(code)
  if (!marked || topLevelStatements(python, code) === undefined) return undefined
  return python
}
