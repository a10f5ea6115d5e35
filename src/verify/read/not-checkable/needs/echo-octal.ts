import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** An octal escape without its leading `0` in an `echo` command's arguments: `echo -e "\141"`. */
const octalEscape = /\\([1-7][0-7]{0,2})/

/**
 * Why a shell sample whose output differs cannot be checked here: an
 * `echo` command writes a character by its octal code without the leading
 * `0` (`echo -e "\141\011\142"`), which echo reads differently from one
 * shell to the next (dash's and POSIX's echo, and older bash's, print the
 * character, today's bash's echo the escape as written: it wants `\0141`),
 * and the run printed that escape as written. `undefined` otherwise, so any
 * other difference stays a failure.
 */
export function echoOctalNeed(sample: Sample, output: string): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  for (const line of sample.code.split('\n')) {
    if (!/(?:^|[;&|]\s*|\$\s?)echo\b/.test(line.trim())) continue
    const octal = octalEscape.exec(line.slice(line.indexOf('echo')))
    if (octal && output.includes(octal[0])) {
      return `its \`echo\` writes a character by its octal code \`${octal[0]}\`, which each shell's echo reads its own way (dash's prints the character, today's bash's the escape as written)`
    }
  }
  return undefined
}
