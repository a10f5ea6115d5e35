import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A backslash escape POSIX's `echo` expands: `\n`, `\t`, `\c`... (octal codes: echo-octal.ts). */
const backslashEscape = /\\[abcfnrtv]/

/**
 * Why a shell sample whose output differs cannot be checked here: an `echo`
 * given no `-e` writes a backslash escape (`echo "Magnus\nJohn" | cut -c 1,3-`),
 * which zsh's echo (macOS's shell) and POSIX sh's expand, printing a new line,
 * and bash's prints as written; the run printed the escape as written, and
 * the documented output shows it nowhere, so the author's shell expanded it.
 * `undefined` otherwise, so any other difference stays a failure.
 */
export function echoEscapesNeed(sample: Sample, output: string): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const shown = sample.expected?.lines ?? []
  for (const line of sample.code.split('\n')) {
    const at = /(?:^|[;&|]\s*|\$\s?)echo\s+(?!-\w*e)/.exec(line.trim())
    if (!at) continue
    const found = backslashEscape.exec(line.trim().slice(at.index))
    if (!found || !output.includes(found[0])) continue
    if (shown.some((text) => text.includes(found[0]))) continue
    return `its \`echo\` writes \`${found[0]}\`, which each shell's echo reads its own way (zsh's and POSIX sh's expand it, bash's prints it as written)`
  }
  return undefined
}
