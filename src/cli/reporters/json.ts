import type { UnrunFence } from '../../verify/read/remark-extract-samples.js'
import { withSampleFilesNamed } from '../../verify/run/temporary-folder.js'
import { tallyResults } from '../../verify/tally.js'
import type { SampleResult } from '../../verify/verify-samples.js'
import type { ContentProblem } from './content-problems.js'
import { displayPath, pairing, reportedOutput, summaryText } from './sample-report.js'
import { summarize } from './summary.js'

/** Version of the JSON report's shape; raised when a field changes meaning or goes away. */
export const jsonReportVersion = 3

/** The report for programs: its version, the summary, one object per sample and per content problem. */
export function jsonReport(
  results: readonly SampleResult[],
  cwd: string,
  problems: readonly ContentProblem[] = [],
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
    summary: summaryText(result),
    ruleId: result.ruleId ?? null,
    pairedWith: pairing(result),
    annotations: result.sample.annotations,
    diff: (result.comparison?.diff ?? []).map((line) => ({
      kind: line.kind,
      text: withSampleFilesNamed(line.text),
      ...(line.line !== undefined && { line: line.line }),
    })),
    normalisers: result.comparison?.normalisers ?? [],
    output: result.run ? (reportedOutput(result) ?? null) : null,
    exitCode: result.run?.exitCode ?? null,
    durationMs: result.run?.durationMs ?? null,
    cached: result.cached,
    flaky: result.flaky,
  }))
  const report = {
    version: jsonReportVersion,
    ...summarize({ samples: results, problems }),
    checks: tallyResults(results, unrun).checks,
    notRun: unrun.length,
    samples,
    problems: problems.map((problem) => ({ ...problem, ruleId: problem.ruleId ?? null })),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
