import type { SampleResult } from '../../verify/verify-samples.js'
import type { ContentProblem } from './content-problems.js'

/** Everything a verification found: the verdicts on its samples and the other problems of its posts. */
export interface VerifyFindings {
  samples: readonly SampleResult[]
  /** Problems of the posts other than failed samples (bad front matter, a missing image, ...). */
  problems?: readonly ContentProblem[] | undefined
}

/** Counts of a verification, for every reporter's closing line and for the exit code. */
export interface Summary {
  passed: number
  failed: number
  skipped: number
  /** Samples not checked for a reason the post gives (pseudo-code, a value that varies). */
  noted: number
  /** Content errors: each one a failing test case of its own. */
  errors: number
  /** Content warnings: reported, never failing. */
  warnings: number
}

/**
 * Count what a verification found. Every reporter's counts and the exit
 * code come from here, so they cannot disagree.
 */
export function summarize({ samples, problems = [] }: VerifyFindings): Summary {
  const count = (status: SampleResult['status']) =>
    samples.filter((result) => result.status === status).length
  return {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    noted: count('noted'),
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
  }
}

/** Whether a verification succeeded: no failed sample and no content error. */
export function succeeded(summary: Summary): boolean {
  return summary.failed === 0 && summary.errors === 0
}

/**
 * The closing line every reporter ends with: `N passed, N failed, N skipped`,
 * then noted samples, content errors and warnings when there are any.
 */
export function summaryLine(summary: Summary): string {
  const { passed, failed, skipped, noted, errors, warnings } = summary
  const parts = [`${passed} passed`, `${failed} failed`, `${skipped} skipped`]
  if (noted > 0) parts.push(`${noted} noted`)
  if (errors > 0) parts.push(`${errors} content ${errors === 1 ? 'error' : 'errors'}`)
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`)
  return parts.join(', ')
}
