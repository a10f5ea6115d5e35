import type { SampleResult } from '../../verify/verify-samples.js'
import type { ContentProblem } from './content-problems.js'
import { diffText, displayPath } from './sample-report.js'
import { summarize, summaryLine } from './summary.js'

/**
 * The report for GitHub Actions: a workflow annotation on the post's line for
 * each content problem and each failed (error) or flaky (warning) sample,
 * then the summary line.
 */
export function githubReport(
  results: readonly SampleResult[],
  cwd: string,
  problems: readonly ContentProblem[] = [],
): string {
  const lines: string[] = []
  for (const problem of problems) {
    const properties = [
      `file=${escapeProperty(problem.file)}`,
      `line=${problem.line}`,
      `col=${problem.column}`,
      `title=${escapeProperty(problem.ruleId ?? 'postdeck')}`,
    ].join(',')
    lines.push(`::${problem.severity} ${properties}::${escapeData(problem.reason)}`)
  }
  for (const result of results) {
    if (result.status !== 'failed' && !result.flaky) continue
    const level = result.status === 'failed' ? 'error' : 'warning'
    const properties = [
      `file=${escapeProperty(displayPath(result, cwd))}`,
      `line=${result.line}`,
      `title=${escapeProperty(`${result.sample.language} sample (${result.ruleId ?? 'flaky'})`)}`,
    ].join(',')
    const message = [result.summary, ...diffText(result)].join('\n')
    lines.push(`::${level} ${properties}::${escapeData(message)}`)
  }
  lines.push(summaryLine(summarize({ samples: results, problems })))
  return `${lines.join('\n')}\n`
}

/** Escape a workflow command's message, as GitHub's toolkit does. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a workflow command's property value, as GitHub's toolkit does. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
