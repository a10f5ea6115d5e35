import type { UnrunFence } from './read/remark-extract-samples.js'
import type { CheckKind, SampleResult } from './run/job.js'

/** Counts of a verification: verdicts, how each sample was checked, and fences not run. */
export interface Tally {
  passed: number
  failed: number
  skipped: number
  /** Not checked for a reason the post gives: pseudo-code, values that vary, a failed sample it needs. */
  noted: number
  /** How the samples that did not fail were checked. */
  checks: Record<CheckKind, number>
  /** Fences in a language with no runner. */
  notRun: number
}

const checkKinds: readonly CheckKind[] = [
  'compared',
  'ran',
  'parsed',
  'pseudo-code',
  'varies',
  'depends',
  'skipped',
  'environment',
]

/** Count the verdicts and checks of `results`. */
export function tallyResults(
  results: readonly SampleResult[],
  unrun: readonly UnrunFence[] = [],
): Tally {
  const count = (status: SampleResult['status']) =>
    results.filter((result) => result.status === status).length
  const checks = Object.fromEntries(checkKinds.map((kind) => [kind, 0])) as Record<
    CheckKind,
    number
  >
  for (const result of results) if (result.check) checks[result.check]++
  return {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    noted: count('noted'),
    checks,
    notRun: unrun.length,
  }
}

/**
 * What was checked, in words, so a count of samples never hides parse
 * checks: `12 samples: 7 compared, 2 ran (exit code only), 1 parsed only,
 * 1 not checkable (pseudo-code), 1 varies; 2 fences not run (no runner)`.
 */
export function checksLine(tally: Tally): string {
  const { checks } = tally
  const total = tally.passed + tally.failed + tally.skipped + tally.noted
  const parts = [
    `${checks.compared} compared`,
    `${checks.ran} ran (exit code only)`,
    `${checks.parsed} parsed only`,
    checks['pseudo-code'] > 0 ? `${checks['pseudo-code']} not checkable (pseudo-code)` : '',
    checks.varies > 0 ? `${checks.varies} varies` : '',
    checks.depends > 0 ? `${checks.depends} depend on a failed sample` : '',
    checks.environment > 0
      ? `${checks.environment} ran, stopped by the reader's environment (not checked)`
      : '',
    tally.failed > 0 ? `${tally.failed} failed` : '',
    checks.skipped > 0 ? `${checks.skipped} skipped` : '',
  ].filter(Boolean)
  const fences =
    tally.notRun > 0
      ? `; ${tally.notRun} fence${tally.notRun === 1 ? '' : 's'} not run (no runner for the language)`
      : ''
  return `${total} sample${total === 1 ? '' : 's'}: ${parts.join(', ')}${fences}`
}
