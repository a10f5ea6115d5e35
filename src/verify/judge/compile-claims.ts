import { ruleIds } from '../../messages.js'
import { errorLines } from '../read/not-checkable/shown/pseudo-code.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { failure, type SampleResult, type SampleRun, verdict } from '../run/job.js'

/**
 * The verdict on a TypeScript sample whose comments say lines do not
 * compile (`console.log(n.length); // 编译时报错`, `a === b // 报错`), or do
 * (`x(1) // 不报错`), given the verdict on its run: each line said not to
 * compile must have an error the type checker reports (checked with
 * `--strict`; a claim in words, `// 报错`, holds too where the run throws at
 * its line), and each said to compile none, else the sample fails at that
 * line. When they all hold, the run is judged up to the first line said not
 * to compile: a failure of the run at or after it is the program the post
 * says does not compile, and no failure. A run throwing at a line said to
 * compile, which the checker lets through, shows what the checker lets
 * through: a note. With no TypeScript compiler installed, the claims are a
 * note.
 */
export function judgeCompileClaims(
  sample: Sample,
  run: SampleRun,
  judged: SampleResult,
  samplePath = '',
): SampleResult {
  const claims = sample.compileClaims ?? []
  const compiling = sample.compilesClaims ?? []
  const first = claims[0]
  if (first === undefined && compiling.length === 0) return judged
  const postLine = (line: number) => sample.line + line
  // The lines of the sample the run's error names (its stack), when it stopped with one.
  const thrown = run.exitCode === 0 ? [] : errorLines(run.output, samplePath)
  const thrownAt = judged.status === 'failed' ? judged.line : undefined
  // The run throwing at a line said to compile (`x(1) // 不报错` on a value typed `any`).
  const letThrough =
    judged.status === 'failed' ? compiling.find((line) => thrown[0] === line) : undefined
  // A failure of the run above the first claim is the sample's own, whatever the checker says.
  if (
    thrownAt !== undefined &&
    letThrough === undefined &&
    (first === undefined || thrownAt < postLine(first))
  ) {
    return judged
  }
  if (first === undefined && letThrough === undefined) {
    // Only lines said to compile, and a run that did not fail there: a compiler installed checks them.
    if (!run.typeErrors) return judged
  }
  const lines = claims.map(postLine).join(', ')
  if (!run.typeErrors) {
    const said =
      first === undefined
        ? `line ${postLine(letThrough ?? 0)} compiles`
        : `line ${lines} does not compile`
    return {
      ...verdict(
        sample,
        'noted',
        `not checkable: its comments say ${said}, and no TypeScript compiler is installed to type-check it`,
      ),
      check: 'pseudo-code',
      run,
    }
  }
  const typeErrors = run.typeErrors
  // A claim in words (`// 报错`) holds too where the run throws at its line.
  const holds = (line: number) =>
    typeErrors.includes(line) || (sample.errorClaims?.includes(line) === true && thrown[0] === line)
  const compiles = claims.find((line) => !holds(line))
  if (compiles !== undefined) {
    return {
      ...failure(
        sample,
        `type-checks without an error at line ${postLine(compiles)}, but its comment says it does not compile`,
        ruleIds.sampleExit,
      ),
      line: postLine(compiles),
      run,
    }
  }
  // A line said to compile (`// 有效`) that the checker refuses is the post's mistake too.
  const refused = compiling.find((line) => typeErrors.includes(line))
  if (refused !== undefined) {
    return {
      ...failure(
        sample,
        `type-checks with an error at line ${postLine(refused)}, but its comment says it compiles`,
        ruleIds.sampleExit,
      ),
      line: postLine(refused),
      run,
    }
  }
  if (letThrough !== undefined && (first === undefined || letThrough < first)) {
    return {
      ...verdict(
        sample,
        'noted',
        `written to be compiled: its comment says line ${postLine(letThrough)} compiles, and the checker lets it through (type-checked); run, it throws there`,
      ),
      check: 'pseudo-code',
      run,
    }
  }
  if (first === undefined) return judged
  const checked = `the type errors its comments claim at line ${lines} are there (type-checked)`
  if (judged.status === 'failed') {
    return {
      ...verdict(sample, 'passed', `${checked}; the run past them is not compared`),
      check: 'ran',
      run,
    }
  }
  return { ...judged, summary: `${judged.summary}; ${checked}` }
}
