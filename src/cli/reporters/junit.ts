import { create } from 'xmlbuilder2'
import type { SampleResult } from '../../verify/verify-samples.js'
import { diffText, displayPath, tally } from './sample-report.js'

/**
 * The report for CI dashboards: JUnit XML, a test suite per post and a test
 * case per sample named `post.md:LINE`, so the files of sharded jobs merge.
 */
export function junitReport(results: readonly SampleResult[], cwd: string): string {
  const total = tally(results)
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: 'postdeck verify',
    tests: results.length,
    failures: total.failed,
    skipped: total.skipped,
  })
  const byFile = new Map<string, SampleResult[]>()
  for (const result of results) {
    const file = displayPath(result, cwd)
    byFile.set(file, [...(byFile.get(file) ?? []), result])
  }
  for (const [file, fileResults] of byFile) {
    const counts = tally(fileResults)
    const suite = root.ele('testsuite', {
      name: file,
      tests: fileResults.length,
      failures: counts.failed,
      skipped: counts.skipped,
      time: seconds(fileResults.reduce((sum, result) => sum + (result.run?.durationMs ?? 0), 0)),
    })
    for (const result of fileResults) {
      const testCase = suite.ele('testcase', {
        classname: file,
        name: `${file}:${result.sample.line} ${result.sample.language}`,
        file,
        line: result.sample.line,
        time: seconds(result.run?.durationMs ?? 0),
      })
      if (result.status === 'skipped') testCase.ele('skipped', { message: result.summary })
      if (result.status === 'failed') {
        const details = [
          `${file}:${result.line}`,
          ...diffText(result),
          result.comparison ? '' : (result.run?.output ?? ''),
        ]
        testCase
          .ele('failure', { message: result.summary, type: result.ruleId ?? 'sample' })
          .txt(details.join('\n').trimEnd())
      }
    }
  }
  return root.end({ prettyPrint: true })
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(3)
}
