import { errorLine } from '../read/not-checkable/pseudo-code.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { topLevelStatements } from '../read/statements.js'
import type { SampleRun } from './job.js'

/** A documented line showing an error: a traceback's frame, or an error's name (`TypeError: …`, `Uncaught RangeError`). */
const documentsError = /^\s*File "|^(?:Uncaught\s+)?[\w.]*(?:Error|Exception)\b/

/**
 * The line (within the sample) a failure is reported at when the run stopped
 * with an error the documented output does not show: the line that raised
 * it, as doctest points at the example that raised. Python's traceback names
 * it (its last frame); a JavaScript stack's first frame does only for a
 * top-level statement written on one line, since for an expression over
 * several lines V8 names its first. `undefined` otherwise (the first
 * documented line that differs is the failure's).
 */
export function undocumentedErrorLine(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
): number | undefined {
  if (run.exitCode === 0 || run.exitCode === null) return undefined
  if (sample.expected?.lines.some((line) => documentsError.test(line))) return undefined
  const line = errorLine(run.output, samplePath)
  if (line === undefined || sample.runner.id === 'python') return line
  if (sample.runner.id !== 'javascript') return undefined
  const statement = topLevelStatements(sample.runner, sample.code)?.find(
    (candidate) => candidate.from <= line && line <= candidate.to,
  )
  return statement && statement.from === line && statement.to === line ? line : undefined
}
