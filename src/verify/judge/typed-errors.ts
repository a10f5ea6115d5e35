import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../read/remark-extract-samples.js'
import type { SampleRun } from '../run/job.js'
import { isShellRunner } from '../runner-id.js'

/** An error line as an interactive shell prints it: `bash: cd: x: No such file or directory`. */
const typedError = /^(-?(?:ba|da|k)?sh): (?!line \d)\S/

/**
 * The run of a shell sample whose post shows errors as the shell the reader
 * typed into prints them (`bash: nosuch: command not found`), with the same
 * errors of the script it ran as (`/tmp/…/sample.bash: line 5: nosuch:
 * command not found`) written that way, so they are compared with the
 * post's: a documented error is the output expected, not a failure. The run
 * as it is when the post shows no such line.
 */
export function asTypedErrors(sample: Sample, run: SampleRun, samplePath: string): SampleRun {
  if (!samplePath || !isShellRunner(sample.runner)) return run
  const shell = sample.expected?.lines.map((line) => typedError.exec(line)?.[1]).find(Boolean)
  if (shell === undefined) return run
  const prefix = new RegExp(`^${escapeStringRegexp(samplePath)}: line \\d+: `, 'gm')
  const typed = (text: string) => text.replace(prefix, `${shell}: `)
  const output = typed(run.output)
  // A session goes on after an error, as a terminal does: ending on the one the post shows is no failure.
  const last = (text: string) => text.trimEnd().split('\n').at(-1)?.trimEnd()
  const endsAsShown = last(output) === last(sample.expected?.lines.join('\n') ?? '')
  return {
    ...run,
    output,
    ...(endsAsShown &&
      run.exitCode !== 0 &&
      typedError.test(last(output) ?? '') && { exitCode: 0 }),
    ...(run.parts && { parts: run.parts.map(typed) }),
    ...(run.printedParts && {
      printedParts: run.printedParts.map((part) => (part === undefined ? part : typed(part))),
    }),
  }
}
