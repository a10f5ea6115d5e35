import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * A row of a command's syntax table: an option, a placeholder or an
 * argument in brackets (`-x`, `+e`, `-c <command>`, `<var>=<value>...`,
 * `[file.sh]`), then what it does after a `#`, indented under the command.
 */
const optionRow =
  /^\s+(?:[-+]{1,2}[\w-]*|\[[^\]\s]+\]|<[^>\s]+>(?:=<[^>\s]+>)?(?:\.\.\.)?)(?:\s+(?:[\w-]+|<[^>\s]+>|\[[^\]\s]+\])(?:=\S+)?)*\s+#\s*\S/u

/**
 * Why a shell session whose output differs is no session: under a command
 * (`$ set`, `$ bash`) it shows a table of the command's options and
 * placeholders, each with a comment saying what it does, as a manual's
 * synopsis does, rather than what the command printed. Every documented
 * line of it must be such a row, two at least; any other output stays a
 * claim.
 */
export function optionTableAt(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner) || !sample.expected) return undefined
  const { lines, lineNumbers } = sample.expected
  const rows = lines.flatMap((text, index) => (text.trim() === '' ? [] : [index]))
  if (rows.length < 2 || !rows.every((index) => optionRow.test(lines[index] ?? ''))) {
    return undefined
  }
  const first = rows[0] ?? 0
  const row = (lines[first] ?? '').trim()
  return `a table of the command's options (\`${row}\`), not its output, at line ${lineNumbers[first]}`
}
