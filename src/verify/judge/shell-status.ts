import type { Sample } from '../read/remark-extract-samples.js'
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
