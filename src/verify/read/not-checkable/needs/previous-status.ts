import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A command reading the exit status `$?` (`echo $?`, `[ "$?" -eq 0 ]`, `status=$?`). */
const readsStatus = /\$\{?\?\}?/u

/**
 * Why a shell sample whose every command reads `$?` cannot be checked on
 * its own: `$?` is the status of the command run before it, which the
 * reader ran in the sample above (`this_command_does_not_exist`, then a
 * fence of `echo $?` showing `127`); run alone, it reads the status of
 * nothing. `undefined` for a sample with a command of its own (`echo $?`
 * then `test 1 -gt 2`, whose failure is the sample's).
 */
export function previousStatusNeed(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  const commands = lines.filter((line) => line.trim() !== '' && !/^\s*#/u.test(line))
  if (commands.length === 0 || !commands.every((line) => readsStatus.test(line))) return undefined
  const first = lines.indexOf(commands[0] ?? '')
  return `it only reads \`$?\`, the status of the command run before it, in the sample above (line ${sample.line + 1 + first})`
}
