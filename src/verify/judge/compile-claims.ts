import { ruleIds } from '../../messages.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { failure, type SampleResult, type SampleRun, verdict } from '../run/job.js'

/**
 * The verdict on a TypeScript sample whose comments say lines do not
 * compile (`console.log(n.length); // 编译时报错`), given the verdict on its
 * run: each such line must have an error the type checker reports (checked
 * with `--strict`), else the sample fails at that line. When they all do,
 * the run is judged up to the first of them: a failure of the run at or
 * after it is the program the post says does not compile, and no failure.
 * With no TypeScript compiler installed, the claims are a note.
 */
export function judgeCompileClaims(
  sample: Sample,
  run: SampleRun,
  judged: SampleResult,
): SampleResult {
  const claims = sample.compileClaims ?? []
  const first = claims[0]
  if (first === undefined) return judged
  const postLine = (line: number) => sample.line + line
  const lines = claims.map(postLine).join(', ')
  // A failure of the run above the first claim is the sample's own, whatever the checker says.
  if (judged.status === 'failed' && judged.line < postLine(first)) return judged
  if (!run.typeErrors) {
    return {
      ...verdict(
        sample,
        'noted',
        `not checkable: its comments say line ${lines} does not compile, and no TypeScript compiler is installed to type-check it`,
      ),
      check: 'pseudo-code',
      run,
    }
  }
  const typeErrors = run.typeErrors
  const compiles = claims.find((line) => !typeErrors.includes(line))
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
