import type { SampleResult } from '../../verify/verify-samples.js'
import type { ContentProblem } from './content-problems.js'
import { diffText, displayPath, escapeControl, summaryText } from './sample-report.js'
import { summarize, summaryLine } from './summary.js'

/**
 * The report for GitHub Actions: a workflow annotation on the post's line for
 * each content problem and each failed (error), flaky (warning) or noted
 * (notice: pseudo-code, a value that varies) sample, then the summary line.
 * What samples print is shown with its control characters escaped.
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
    lines.push(`::${problem.severity} ${properties}::${escapeData(escapeControl(problem.reason))}`)
  }
  for (const result of results) {
    if (result.status !== 'failed' && result.status !== 'noted' && !result.flaky) continue
    const level =
      result.status === 'failed' ? 'error' : result.status === 'noted' ? 'notice' : 'warning'
    const properties = [
      `file=${escapeProperty(escapeControl(displayPath(result, cwd)))}`,
      `line=${result.line}`,
      `title=${escapeProperty(`${result.sample.language} sample (${result.ruleId ?? result.check ?? 'flaky'})`)}`,
    ].join(',')
    const message = [summaryText(result), ...diffText(result)].map(escapeControl).join('\n')
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
