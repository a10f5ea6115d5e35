import type { UnrunFence } from '../../verify/remark-extract-samples.js'
import type { SampleResult } from '../../verify/verify-samples.js'
import { displayPath, pairing, tally } from './sample-report.js'

/** The report for programs: the tally and one object per sample. */
export function jsonReport(
  results: readonly SampleResult[],
  cwd: string,
  unrun: readonly UnrunFence[] = [],
): string {
  const samples = results.map((result) => ({
    file: displayPath(result, cwd),
    line: result.sample.line,
    failureLine: result.line,
    language: result.sample.language,
    mode: result.sample.mode,
    status: result.status,
    check: result.check ?? null,
    summary: result.summary,
    ruleId: result.ruleId ?? null,
    pairedWith: pairing(result),
    annotations: result.sample.annotations,
    diff: result.comparison?.diff ?? [],
    normalisers: result.comparison?.normalisers ?? [],
    output: result.run?.output ?? null,
    exitCode: result.run?.exitCode ?? null,
    durationMs: result.run?.durationMs ?? null,
    cached: result.cached,
    flaky: result.flaky,
  }))
  return `${JSON.stringify({ ...tally(results, unrun), samples }, null, 2)}\n`
}
