import escapeStringRegexp from 'escape-string-regexp'
import type { Comparison } from '../compare/compare-output.js'
import type { Sample } from '../read/remark-extract-samples.js'
import type { SampleRun } from '../run/job.js'
import { isShellRunner } from '../runner-id.js'

/**
 * Whether a shell sample's exit status is no claim of its own: the post
 * shows what its last command printed (`$ cat nofile` then `cat: nofile: No
 * such file or directory`), which is compared, and a terminal shows no
 * status. A last command shown with no output still has to succeed.
 */
export function statusShownByOutput(sample: Sample): boolean {
  const last = sample.expected?.kind === 'statements' ? sample.expected.parts?.at(-1) : undefined
  if (!isShellRunner(sample.runner) || !last || last.lines.length === 0) return false
  const lines = sample.code.split('\n')
  const lastCommand = lines.findLastIndex((line) => line.trim() !== '' && !/^\s*#/.test(line)) + 1
  return lastCommand >= last.from && lastCommand <= last.to
}

/**
 * Whether a shell sample's exit status is its last command's quiet answer:
 * the output block the post shows under it matched what it printed, every
 * line (errors too), so every command ran as shown, and what is left is the
 * status a terminal does not show (`expr 40 % 20` prints `0` and returns 1,
 * a `grep` that finds nothing). Not for a sample that exits on purpose
 * (`exit 2`) or stops at an error (`set -e`).
 */
export function quietLastStatus(sample: Sample, comparison: Comparison | undefined): boolean {
  if (!isShellRunner(sample.runner) || sample.expected?.kind !== 'block' || !comparison?.ok) {
    return false
  }
  return !/^\s*(?:exit\b|set\s+-\w*e|set\s+-o\s+errexit)/mu.test(sample.code)
}

/**
 * The line of a shell script's syntax error, where the shell stopped
 * (`file: line 21: syntax error near unexpected token`, dash's
 * `file: 21: Syntax error:`), when the run failed.
 */
export function shellSyntaxErrorLine(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
): number | undefined {
  if (!isShellRunner(sample.runner) || run.exitCode === 0 || !samplePath) return undefined
  const file = escapeStringRegexp(samplePath)
  const found = new RegExp(`^${file}:(?: line)? (\\d+): (?:syntax error|Syntax error:)`, 'm').exec(
    run.output,
  )
  return found ? Number(found[1]) : undefined
}
