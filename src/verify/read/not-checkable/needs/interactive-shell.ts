import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

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
 * The error of history expansion, which only an interactive shell does: a
 * `!` in a command typed at the prompt (`awk '!/[0-9]+$/{print}'` in double
 * quotes or unquoted) read as an event of the history, `-bash: !/[0-9]+$/{print}:
 * event not found`, `zsh: event not found: x`. A script expands no `!`.
 */
const historyEvent = /^-?(?:ba)?sh: !.*: event not found\s*$|^zsh: event not found: /

/**
 * Why a shell sample whose run failed or was stopped cannot be checked as a
 * script: its documented output holds job-control notices, so it is the
 * transcript of an interactive shell (jobs in the background, coprocesses
 * read and killed by hand), whose notices and process ids a script never
 * prints, or the error of history expansion, which a script never makes.
 * `undefined` for samples showing neither, so any other difference of a
 * shell sample stays a failure.
 */
export function interactiveShellNeed(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const event = sample.expected?.lines.find((line) => historyEvent.test(line.trim()))
  if (event !== undefined) {
    return `an interactive shell's transcript: \`${event.trim()}\` is the error of history expansion, which only an interactive shell makes`
  }
  const notice = sample.expected?.lines.find((line) => jobNotice.test(line))
  if (notice === undefined) return undefined
  return `an interactive shell's transcript: its job-control notice \`${notice.trim().replace(/\s{2,}/g, ' ')}\` is printed by an interactive shell only, with the author's process ids`
}
