import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput } from '../documented-output.js'
import { isTraceback } from '../fences/printed-fence.js'
import { pastedTail } from './pasted-tail.js'

/** Python's traceback header at the start of a line, as a terminal prints it. */
const header = /^Traceback \(most recent call last\):\s*$/

/**
 * A Python traceback pasted into a sample under its code, as a terminal
 * showed the run (`main()` then `Traceback (most recent call last):` …
 * `ZeroDivisionError: division by zero`): the lines from the header to the
 * end of the sample are what the code above prints, an error, not code.
 * They become blank lines (every line keeps its number) and the traceback
 * the documented output, compared as a traceback is (its error line; its
 * frames, the author's files and lines, are not). Only when the header
 * starts its line, the lines from it to the sample's end are a whole
 * traceback, and the sample does not parse as written but does once they
 * are blank: a string or a comment holding a traceback is code.
 */
export function pastedTraceback(
  code: string,
  fenceLine: number,
  runner: Runner,
): { code: string; expected: DocumentedOutput } | undefined {
  if (runner.id !== 'python') return undefined
  const lines = code.split('\n')
  const start = lines.findIndex((line) => header.test(line))
  if (start <= 0) return undefined
  let end = lines.length
  while (end > start && !lines[end - 1]?.trim()) end--
  const pasted = lines.slice(start, end)
  if (!isTraceback(pasted)) return undefined
  if (!lines.slice(0, start).some((line) => line.trim() && !line.trim().startsWith('#')))
    return undefined
  if (topLevelStatements(runner, code)) return undefined
  return pastedTail(
    runner,
    lines,
    start,
    pasted,
    fenceLine + 1 + start,
    `traceback pasted into the code at line ${fenceLine + 1 + start}`,
  )
}
