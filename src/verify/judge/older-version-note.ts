import type { SampleResult } from '../run/job.js'
import { verdict } from '../run/job.js'
import { usesStandardModule } from './standard-modules.js'

/**
 * A failure of a sample the post says is written for a Python older than 3
 * (`若你在 Python 2.x 下`, historical source under `Python 0.9.1 (1991)`),
 * or of a Python sample in a post whose Python is written for Python 2 as a
 * whole (`print x` and never `print(x)`), or of a sample that is Python 2
 * code itself (python2-post.ts), noted rather than failed: the post
 * does not claim Python 3 runs it as shown. `undefined` for any other result,
 * and for such a post's sample failing on a standard module it never imports,
 * which Python 2 raises too.
 */
export function writtenForOlder(result: SampleResult): SampleResult | undefined {
  const older = result.sample.olderVersion
  if (result.status !== 'failed' || older === undefined) return undefined
  const at = result.sample.python2StatementAt
  const sampleAt = result.sample.python2SampleAt
  // A standard module used with no import fails in Python 2 as well (`copy.copy(c)`): the post's own slip.
  const missing = /NameError: name '(\w+)' is not defined/.exec(result.run?.output ?? '')?.[1]
  if (
    (at ?? sampleAt) !== undefined &&
    missing !== undefined &&
    usesStandardModule(result.sample.code, missing)
  ) {
    return undefined
  }
  const reason =
    at !== undefined
      ? `not checked: the post's Python is written for Python 2 (a Python 2 statement at line ${at}), which Python 3 does not run as shown`
      : sampleAt !== undefined
        ? `not checked: the sample is written for Python 2 (a Python 2 statement at line ${sampleAt}), which Python 3 does not run as shown`
        : `not checked: the post says it is code for Python ${older}, which Python 3 does not run as shown`
  return {
    ...verdict(result.sample, 'noted', reason),
    check: 'skipped',
    ...(result.run && { run: result.run }),
  }
}
