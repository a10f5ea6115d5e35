import { ruleIds } from '../../messages.js'
import { expectedExitCode } from '../judge/documented-errors.js'
import { statusShownByOutput } from '../judge/shell-status.js'
import type { SampleResult } from '../run/job.js'
import { hasCommentedResults, sessionReason } from './session-results.js'

/** Why a sample whose only difference is in its durations is left alone. */
export const timingReason =
  'only durations differ, and they change from run to run: update them by hand'

/**
 * `''` when the sample's output is to be written; why it is left alone when
 * it differs or was not checked; `undefined` when there is nothing to say.
 */
export function reasonToLeave(
  result: SampleResult,
  byId: ReadonlyMap<string, SampleResult>,
): string | undefined {
  const { sample } = result
  const differs = result.comparison && !result.comparison.ok
  if (result.status === 'passed' || result.status === 'skipped') return undefined
  if (result.status === 'noted') {
    // Noted as depending on a sample that failed: its output is real when the samples it
    // needs ran through, passing or differing only in what they print.
    const ranThrough = sample.needs.every((id) => {
      const needed = byId.get(id)
      return needed?.status === 'passed' || (needed !== undefined && writable(needed, byId))
    })
    if (result.check !== 'depends' || !differs || !ranThrough) return result.summary
  } else if (result.ruleId !== ruleIds.sampleOutput || !differs) {
    return `failed: ${result.summary}`
  }
  // A sample that did not run through as the post says (an error, a missing file or input)
  // printed its trouble, not the output the post documents.
  const exitCode = result.run?.exitCode
  if (exitCode !== expectedExitCode(sample) && !statusShownByOutput(sample)) {
    const how =
      exitCode === null || exitCode === undefined ? 'was killed' : `exited with code ${exitCode}`
    return `its output differs, but it ${how}, expected ${expectedExitCode(sample)}: fix the code first`
  }
  if (sample.expected?.kind === 'transcript' && !hasCommentedResults(result)) return sessionReason
  if (result.comparison?.timingOnly) return timingReason
  // Nothing printed where the post shows output: more likely a fence taken for output than stale.
  const printed = result.shownOutput ?? result.run?.output ?? ''
  return printed.trim() === ''
    ? 'it printed nothing: remove or fix its documented output by hand'
    : ''
}

function writable(result: SampleResult, byId: ReadonlyMap<string, SampleResult>): boolean {
  return reasonToLeave(result, byId) === ''
}
