import type { Sample } from '../../remark-extract-samples.js'

/** The first line of a Python error report: the traceback's header or, for a syntax error, its frame. */
const reportStart =
  /^(?:Traceback \(most recent call last\):|\s*File "[^"\n]*", line \d+(?:, in .*)?)\s*$/
/** The line naming the exception raised, which ends the report: `SyntaxError: invalid syntax`. */
const exceptionLine = /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b(?::.*)?$/

/**
 * A Python error report pasted alone in a Python fence (`  File "t3.py",
 * line 3` / the source line / its `^` / `SyntaxError: invalid syntax`, or a
 * whole traceback): what a program printed, shown as the post's question or
 * answer, not code. Decided by the fence's own lines: it opens as Python's
 * report opens and ends with the exception line. `undefined` for code, so a
 * program that fails still fails.
 */
export function pastedTraceback(sample: Sample): string | undefined {
  if (sample.runner.id !== 'python') return undefined
  const lines = sample.code.split('\n').filter((line) => line.trim() !== '')
  if (lines.length < 2 || !reportStart.test(lines[0] ?? '')) return undefined
  const last = (lines.at(-1) ?? '').trim()
  return exceptionLine.test(last)
    ? `a Python error report pasted in the fence (\`${last}\`), not code`
    : undefined
}
