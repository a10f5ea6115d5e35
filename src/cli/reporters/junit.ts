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
    skipped: total.skipped + total.noted,
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
      skipped: counts.skipped + counts.noted,
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
      // A noted sample (pseudo-code, a value that varies) was not checked: skipped, with why.
      if (result.status === 'skipped' || result.status === 'noted') {
        testCase.ele('skipped', { message: result.summary })
      }
      if (result.status === 'failed') {
        const details = [
          `${file}:${result.line}`,
          ...diffText(result),
          result.comparison ? '' : (result.run?.output ?? ''),
        ]
        testCase
          .ele('failure', { message: xmlText(result.summary), type: result.ruleId ?? 'sample' })
          .txt(xmlText(details.join('\n').trimEnd()))
      }
    }
  }
  return root.end({ prettyPrint: true })
}

/** Longest failure text kept in the report. */
const maxDetails = 64 * 1024

/** Text as XML 1.0 allows it: control characters other than tab and newlines removed; capped. */
function xmlText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
  const allowed = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  return allowed.length > maxDetails ? `${allowed.slice(0, maxDetails)}\n[…]` : allowed
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(3)
}
