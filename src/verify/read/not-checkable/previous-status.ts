import { isShellRunner } from '../../runner-id.js'
import type { Sample } from '../remark-extract-samples.js'

/** A command reading the exit status `$?` (`echo $?`, `[ "$?" -eq 0 ]`, `status=$?`). */
const readsStatus = /\$\{?\?\}?/u

/**
 * Why a shell sample whose first command reads `$?` cannot be checked on
 * its own: `$?` is the status of the command run before it, which the
 * reader ran in the sample above (`this_command_does_not_exist`, then a
 * fence of `echo $?` showing `127`); run alone, it reads the status of
 * nothing. `undefined` for a sample that runs a command of its own first.
 */
export function previousStatusNeed(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '' && !/^\s*#/u.test(line))
  if (first === -1 || !readsStatus.test(lines[first] ?? '')) return undefined
  return `its first command reads \`$?\`, the status of the command run before it, in the sample above (line ${sample.line + 1 + first})`
}
