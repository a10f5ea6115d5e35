import type { VFile } from 'vfile'
import { sampleSignature } from '../verify/sample-signature.js'
import type { SampleResult } from '../verify/verify-samples.js'

/** The verdicts in `results` whose sample is still in `file`, exactly as it was. */
export function unchangedResults(
  results: readonly SampleResult[] | undefined,
  file: VFile,
): SampleResult[] {
  if (!results) return []
  const current = new Set((file.data.samples ?? []).map(sampleSignature))
  return results.filter((result) => current.has(sampleSignature(result.sample)))
}
