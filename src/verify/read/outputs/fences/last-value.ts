import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput } from '../documented-output.js'

/** A call that writes output, anywhere in a sample: `print(`, `console.log(`, `sys.stdout.write(`, `pprint(`, a warning or a log line. */
const writes =
  /(?<![\w$.])(?:print|pprint|display|console\.\w+|(?:sys\.)?std(?:out|err)\.write|process\.std(?:out|err)\.write|process\.emitWarning|warnings\.warn|logging\.\w+|logger\.\w+|alert|document\.write)\s*\(/u

/** A line of an error a run shows: a traceback's header (an exception group's too), `ValueError: ...`, `Uncaught TypeError ...`. */
const errorShown =
  /^(?:Traceback \(most recent call last\)|\s*\+ Exception Group Traceback \(|(?:Uncaught )?[A-Z]\w*(?:Error|Exception)\b)/u

/**
 * The output fence after a notebook cell or REPL input read as the value of
 * its last line: a Python or JavaScript sample that writes nothing (no
 * `print`, no `console.log`) and ends with a bare expression
 * (`re.findall(r'\d', '123456')`) shows that expression's value, as
 * Jupyter and a REPL display it, and the fence after it is that display.
 * `undefined` when the fence is anything else, or the sample writes output
 * of its own, or ends with a statement that has no value (`z = f(x)`).
 */
export function lastValueShown(
  documented: DocumentedOutput | undefined,
  code: string,
  runner: Runner,
): DocumentedOutput | undefined {
  if (documented?.kind !== 'block' || documented.echoed) return undefined
  if (runner.id !== 'python' && runner.id !== 'javascript') return undefined
  if (writes.test(withoutComments(code, runner))) return undefined
  // A traceback or an error is what the expression raised, not a value it shows.
  if (documented.lines.some((line) => errorShown.test(line))) return undefined
  const last = topLevelStatements(runner, code)?.at(-1)
  if (!last?.expression) return undefined
  const { lines, lineNumbers } = documented
  return {
    kind: 'statements',
    lines,
    lineNumbers,
    parts: [{ from: last.from, to: last.to, value: true, lines, lineNumbers }],
    reason: `${documented.reason}, the value of the expression ending the sample as a notebook or REPL shows it`,
  }
}

/** Whether a sample writes output of its own (`print(`, `console.log(`), its commented-out lines aside. */
export function writesOutput(code: string, runner: Runner): boolean {
  return writes.test(withoutComments(code, runner))
}

/** The code without its line comments, so a commented-out `# print(x)` writes nothing. */
function withoutComments(code: string, runner: Runner): string {
  const prefix = runner.id === 'python' ? '#' : '//'
  return code
    .split('\n')
    .filter((line) => !line.trimStart().startsWith(prefix))
    .join('\n')
}

/**
 * The output fence after a notebook's code cell (MyST's `{code-cell}`): what
 * the cell printed, then the value of its last line when that is an
 * expression, as Jupyter shows a cell's output (`print('sum:', total)` /
 * `total * 2` shows both). Only the last expression's value shows, and none
 * when the cell ends with `;`, as IPython hides it. `undefined` when the
 * fence is anything else, or the cell's last statement has no value.
 */
export function cellOutputShown(
  documented: DocumentedOutput | undefined,
  code: string,
  runner: Runner,
): DocumentedOutput | undefined {
  if (documented?.kind !== 'block' || documented.echoed || runner.id !== 'python') return undefined
  if (documented.lines.some((line) => errorShown.test(line))) return undefined
  const last = topLevelStatements(runner, code)?.at(-1)
  if (!last?.expression) return undefined
  const lastLine = withoutComments(code, runner).trimEnd().split('\n').at(-1) ?? ''
  if (/;\s*(?:#.*)?$/.test(lastLine)) return undefined
  const { lines, lineNumbers } = documented
  return {
    kind: 'statements',
    lines,
    lineNumbers,
    notebook: true,
    parts: [
      { from: 1, to: last.to, value: true, lastOnly: true, gapless: true, lines, lineNumbers },
    ],
    reason: `${documented.reason}: the cell's output, what it printed and the value of its last expression, as a notebook shows it`,
  }
}
