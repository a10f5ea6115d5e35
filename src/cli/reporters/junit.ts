import { create } from 'xmlbuilder2'
import type { SampleResult } from '../../verify/verify-samples.js'
import type { ContentProblem } from './content-problems.js'
import { diffText, displayPath, reportedOutput, summaryText } from './sample-report.js'
import { summarize } from './summary.js'

/** An element of the document being built. */
type XMLBuilder = ReturnType<typeof create>

/** A test case of the report: a sample, or a content error of a post. */
type Case = { file: string; sample: SampleResult } | { file: string; problem: ContentProblem }

/**
 * The report for CI dashboards: JUnit XML valid against the common (Jenkins
 * xUnit) schema, a test suite per post and a test case per sample named
 * `post.md:LINE language`, with paths relative to the folder postdeck runs
 * from, so the names stay the same on every machine and the files of
 * sharded jobs merge. Each content error is a test case with an `<error>`.
 */
export function junitReport(
  results: readonly SampleResult[],
  cwd: string,
  problems: readonly ContentProblem[] = [],
): string {
  const errors = problems.filter((problem) => problem.severity === 'error')
  const total = summarize({ samples: results, problems: errors })
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: 'postdeck verify',
    tests: results.length + errors.length,
    failures: total.failed,
    errors: total.errors,
    time: seconds(durationOf(results)),
  })
  const byFile = new Map<string, Case[]>()
  const add = (entry: Case) => byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry])
  for (const problem of errors) add({ file: problem.file, problem })
  for (const sample of results) add({ file: displayPath(sample, cwd), sample })
  for (const [file, cases] of byFile) {
    const samples = cases.flatMap((entry) => ('sample' in entry ? [entry.sample] : []))
    const counts = summarize({
      samples,
      problems: cases.flatMap((entry) => ('problem' in entry ? [entry.problem] : [])),
    })
    const suite = root.ele('testsuite', {
      name: file,
      tests: cases.length,
      failures: counts.failed,
      errors: counts.errors,
      skipped: counts.skipped + counts.noted,
      time: seconds(durationOf(samples)),
    })
    for (const entry of cases) {
      if ('problem' in entry) addProblem(suite, file, entry.problem)
      else addSample(suite, file, entry.sample)
    }
  }
  return root.end({ prettyPrint: true })
}

function addSample(suite: XMLBuilder, file: string, result: SampleResult): void {
  const testCase = suite.ele('testcase', {
    classname: file,
    name: `${file}:${result.sample.line} ${result.sample.language}`,
    time: seconds(result.run?.durationMs ?? 0),
  })
  // Note: the schema allows no attribute on `<skipped>`; the reason is its text.
  // A noted sample (pseudo-code, a value that varies) was not checked: skipped, with why.
  if (result.status === 'skipped' || result.status === 'noted') {
    testCase.ele('skipped').txt(xmlText(summaryText(result)))
  }
  if (result.status === 'failed') {
    const details = [
      `${file}:${result.line}`,
      ...diffText(result),
      result.comparison ? '' : (reportedOutput(result) ?? ''),
    ]
    testCase
      .ele('failure', { message: xmlText(summaryText(result)), type: result.ruleId ?? 'sample' })
      .txt(xmlText(details.join('\n').trimEnd()))
  }
}

function addProblem(suite: XMLBuilder, file: string, problem: ContentProblem): void {
  const rule = problem.ruleId ?? 'content'
  suite
    .ele('testcase', { classname: file, name: `${file}:${problem.line} ${rule}`, time: seconds(0) })
    .ele('error', { message: xmlText(problem.reason), type: rule })
    .txt(xmlText(`${file}:${problem.line}:${problem.column}: ${problem.reason}`))
}

function durationOf(results: readonly SampleResult[]): number {
  return results.reduce((sum, result) => sum + (result.run?.durationMs ?? 0), 0)
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
