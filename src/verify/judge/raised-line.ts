import escapeStringRegexp from 'escape-string-regexp'
import { topLevelStatements } from '../read/code/statements.js'
import { errorLine } from '../read/not-checkable/shown/pseudo-code.js'
import type { Sample } from '../read/remark-extract-samples.js'
import type { SampleRun } from '../run/job.js'
import { isShellRunner } from '../runner-id.js'

/** A documented line showing an error: a traceback's frame, or an error's name (`TypeError: …`, `Uncaught RangeError`). */
const documentsError = /^\s*File "|^(?:Uncaught\s+)?[\w.]*(?:Error|Exception)\b/

/**
 * The line (within the sample) a failure is reported at when the run stopped
 * with an error the documented output does not show: the line that raised
 * it, as doctest points at the example that raised. Python's traceback names
 * it (its last frame); a JavaScript stack's first frame does for a
 * top-level statement written on one line, since for an expression over
 * several lines V8 names its first, and for a `ReferenceError` (a name never
 * defined), which V8 names where the name is read. `undefined` otherwise (the first
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
  // A syntax error is named where the parser stopped, the token at fault; an assignment to a
  // `const` where it assigns, whatever function holds it (`index++` in a closure).
  if (/^SyntaxError: |^TypeError: Assignment to constant variable\.$/m.test(run.output)) return line
  // A name never defined is named where it is read, on whatever line of the statement.
  const undefinedName = /^ReferenceError: ([\p{L}\p{N}_$]+) is not defined$/mu.exec(run.output)?.[1]
  if (undefinedName && readsName(sample.code.split('\n')[line - 1] ?? '', undefinedName))
    return line
  const statement = topLevelStatements(sample.runner, sample.code)?.find(
    (candidate) => candidate.from <= line && line <= candidate.to,
  )
  return statement && statement.from === line && statement.to === line ? line : undefined
}

/** Whether a line of code reads `name` as a word of its own (`var g = Peson('global'),`). */
function readsName(text: string, name: string): boolean {
  return new RegExp(
    `(?<![\\p{L}\\p{N}_$.])${escapeStringRegexp(name)}(?![\\p{L}\\p{N}_$])`,
    'u',
  ).test(text)
}

/**
 * The line (within the sample) a run that ended with another exit code than
 * expected is reported at: the line that raised its error, as above; for a
 * shell, the line bash names (`line 4: syntax error ...`), or the sample's
 * last line for an error found at the end of the file (`unexpected end of
 * file`, named past it). `undefined` when the output names no line of it.
 */
export function stoppedAtLine(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
): number | undefined {
  if (!isShellRunner(sample.runner)) return undocumentedErrorLine(sample, run, samplePath)
  if (!samplePath || run.exitCode === 0) return undefined
  const named = new RegExp(`^${escapeStringRegexp(samplePath)}: line (\\d+): `, 'm').exec(
    run.output,
  )
  if (!named) return undefined
  const lines = sample.code.replace(/\s+$/, '').split('\n').length
  const line = Number(named[1])
  if (line <= lines) return line
  return /unexpected end of file/.test(run.output) ? lines : undefined
}

/**
 * The line (within the sample) of a syntax error bash stopped at (`line 1:
 * unexpected EOF while looking for matching ``'`, `line 4: syntax error near
 * unexpected token `else'`, dash's `21: Syntax error:`), which it names where the command at fault
 * starts; `undefined` for any other run. The commands above it ran.
 */
export function shellSyntaxErrorLine(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
): number | undefined {
  if (!isShellRunner(sample.runner) || !samplePath || run.exitCode === 0) return undefined
  const named = new RegExp(
    `^${escapeStringRegexp(samplePath)}:(?: line)? (\\d+): (?:syntax error|Syntax error:|unexpected EOF while looking for matching)`,
    'm',
  ).exec(run.output)
  if (!named) return undefined
  const line = Number(named[1])
  return line <= sample.code.replace(/\s+$/, '').split('\n').length ? line : undefined
}
