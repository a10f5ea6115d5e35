import type { Sample } from '../read/remark-extract-samples.js'
import type { SampleRun } from '../run/job.js'
import { isShellRunner } from '../runner-id.js'

/**
 * What a command prints when it is called wrongly, on any machine: GNU's
 * `chmod: missing operand after './calc.sh'` and `Try 'chmod --help' for more
 * information.`, an invalid or unrecognised option, a missing option
 * argument, BSD's `usage: chmod [-fhv] ...`, and an option typed with a
 * typographic dash, which the command reads as a file to open (`sort –u
 * sort.txt`: `sort: cannot read: –u: No such file or directory`).
 */
const usageError =
  /^(?:[\w.-]+: (?:missing (?:file |destination file )?operand|(?:invalid|unrecognized|illegal) option|option requires an argument)|Try '[\w.-]+ --help' for more information\.$|usage: [\w.-]+ |[\w.-]+: (?:.*[\s:'‘"])?[–—][\p{L}\d-]*['’"]?: No such file or directory$)/imu

/** A command of a transcript called wrongly: its post line and what it printed. */
export interface MisusedCommand {
  /** The line within the sample. */
  line: number
  command: string
  message: string
}

/**
 * The first command of a shell transcript that the post shows without
 * output, which failed here because it is called wrongly (`$ chmod ./calc.sh`
 * with no mode: `chmod: missing operand`), though a later command's status
 * hides it. Such a command fails on the author's machine too: its error is
 * the post's, reported at its line. A command failing for want of the
 * author's files or programs is not one (see silent-transcript.ts).
 * `undefined` when no such command failed.
 */
export function misusedCommand(sample: Sample, run: SampleRun): MisusedCommand | undefined {
  const parts = sample.expected?.parts
  const statuses = run.partStatuses
  if (!isShellRunner(sample.runner) || !parts || !statuses) return undefined
  const code = sample.code.split('\n')
  // The quiet commands of a transcript with output come after its parts (run/program-job.ts).
  const commands = [
    ...parts.map((part) => ({ from: part.from, shown: part.lines.length > 0 })),
    ...(sample.expected?.quiet ?? []).map((from) => ({ from, shown: false })),
  ]
  const failed = commands.flatMap((command, index) => {
    const status = statuses[index]
    if (status === undefined || status === 0 || command.shown) return []
    const message = (run.parts?.[index] ?? '').split('\n').find((line) => usageError.test(line))
    return message === undefined ? [] : [{ from: command.from, message }]
  })
  const first = failed.sort((a, b) => a.from - b.from)[0]
  if (!first) return undefined
  const command = (code[first.from - 1] ?? '').trim()
  return { line: first.from, command, message: first.message.trim() }
}

/** Whether a command's output says it was called wrongly (`missing operand`, `usage: ...`). */
export function showsUsageError(output: string): boolean {
  return usageError.test(output)
}
