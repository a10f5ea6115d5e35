import { isShellRunner } from '../../runner-id.js'
import type { Sample } from '../remark-extract-samples.js'

/**
 * A job-control notice, which only an interactive shell prints: the job
 * number and process id of a command started in the background
 * (`[1] 23232`), or the news that a job ended or stopped
 * (`[1]+  Done                    coproc COPROC ls`, `[2]-  Terminated ...`).
 * A script run by `bash` prints neither, and the ids are the author's.
 */
const jobNotice =
  /^\[\d+\](?:\s+\d+|[+-]?\s+(?:Done|Terminated|Stopped|Running|Killed|Hangup|Interrupt|Exit \d+)\b.*)\s*$/

/**
 * Why a shell sample whose run failed or was stopped cannot be checked as a
 * script: its documented output holds job-control notices, so it is the
 * transcript of an interactive shell (jobs in the background, coprocesses
 * read and killed by hand), whose notices and process ids a script never
 * prints. `undefined` for samples showing none, so any other difference of a
 * shell sample stays a failure.
 */
export function interactiveShellNeed(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const notice = sample.expected?.lines.find((line) => jobNotice.test(line))
  if (notice === undefined) return undefined
  return `an interactive shell's transcript: its job-control notice \`${notice.trim().replace(/\s{2,}/g, ' ')}\` is printed by an interactive shell only, with the author's process ids`
}
