import type { Runner } from '../../../runners.js'
import type { Statement } from '../../code/statements.js'
import { uncomment } from '../documented-output.js'

/** A print call whose first argument is a label: `console.info('set-array', set)`, `print("Sum:", s)`. */
const labelledPrint =
  /^(?:print|console\.(?:log|info|warn|error|debug))\s*\(\s*(['"`])((?:\\.|(?!\1).)+?)\1\s*,/

/**
 * The line a labelled print call prints, written as the comment line right
 * above it, set apart from the code above by a blank line (or starting the
 * sample): `// set-array Set {Object {t: 1}} [Object]` over
 * `console.info('set-array', set, array)`. The comment starts with the very
 * label the call prints first, then a space, so it shows the printed line,
 * not a heading for the code. `undefined` otherwise.
 */
export function labelledLineAbove(
  lines: readonly string[],
  statement: Statement,
  runner: Runner,
): string | undefined {
  const label = labelledPrint.exec(statement.text.trim())?.[2]
  if (label === undefined || /\\|\$\{/.test(label)) return undefined
  const above = lines[statement.from - 2]
  const before = lines[statement.from - 3]
  if (above === undefined || (before !== undefined && before.trim() !== '')) return undefined
  const indent = /^\s*/.exec(lines[statement.from - 1] ?? '')?.[0] ?? ''
  if (!above.startsWith(indent) || /^\s/.test(above.slice(indent.length))) return undefined
  const text = uncomment(above, runner.commentPrefixes)?.trim()
  return text?.startsWith(`${label} `) ? text : undefined
}
