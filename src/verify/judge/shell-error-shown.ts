import type { Sample } from '../read/remark-extract-samples.js'
import { isShellRunner } from '../runner-id.js'

/** bash's report of an error in a script, `./broken.sh: line 7: return: x: numeric argument required`, or of the shell itself. */
const shellErrorReport = /^(?:[^\s:]+: line \d+: |-?(?:ba|da|z)?sh: ).+$/

/**
 * Whether the output block a shell sample documents ends with the error
 * bash reports for the script it runs (`./broken-return.sh: line 7: return:
 * …: numeric argument required`): the post shows the script failing, so its
 * exit status is no claim of its own (a terminal shows none); the output,
 * error line included, is still compared.
 */
export function shellErrorShown(sample: Sample): boolean {
  if (!isShellRunner(sample.runner) || sample.expected?.kind !== 'block') return false
  const last = sample.expected.lines.findLast((line) => line.trim() !== '')
  return last !== undefined && shellErrorReport.test(last.trim())
}
