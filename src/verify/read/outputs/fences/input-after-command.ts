import escapeStringRegexp from 'escape-string-regexp'
import type { Code, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { runnerFor } from '../../../runners.js'
import { fenceFileName } from '../../named-files.js'
import type { DocumentedOutput } from '../documented-output.js'
import { contentBaseLine } from './content-lines.js'
import { leadInKind } from './lead-ins.js'

/** The input a post gives under a command, and the output the command prints from it. */
export interface InputAfterCommand {
  /** The file's name, as the command names it. */
  name: string
  /** Its text, as the fence shows it. */
  content: string
  input: Code
  output: Code
  documented: DocumentedOutput
}

/**
 * The file a post gives right under a command that reads it, then the
 * output the command prints from it, as command references write an
 * example: `grep 'gr[ae]y' colors.txt`, then `**Sample Input
 * (`colors.txt`):**` or `Suppose `colors.txt` contains:` over the file's
 * text, then `**Example Output:**` over what the command prints. The reader
 * makes the file, then runs the command: so does the run, and the output is
 * compared. Only a file of the folder the command runs in (no path), a
 * fence of no language that runs, and an output lead-in right after it.
 */
export function inputAfterCommand(
  code: string,
  parent: Parent,
  index: number,
): InputAfterCommand | undefined {
  const input = parent.children[index + 2]
  const lead = parent.children[index + 3]
  const output = parent.children[index + 4]
  if (parent.children[index + 1]?.type !== 'paragraph') return undefined
  if (input?.type !== 'code' || output?.type !== 'code' || lead?.type !== 'paragraph')
    return undefined
  if (runnerFor(input.lang?.toLowerCase() ?? '') || runnerFor(output.lang?.toLowerCase() ?? ''))
    return undefined
  if (leadInKind(plainText(lead).trim()) !== 'output') return undefined
  const name = fenceFileName(input, parent, index + 2)
  if (!name || !new RegExp(`(?<![\\w./-])${escapeStringRegexp(name)}(?![\\w-])`).test(code))
    return undefined
  const fenceLine = contentBaseLine(output)
  const lines = output.value.split('\n')
  return {
    name,
    content: input.value.endsWith('\n') ? input.value : `${input.value}\n`,
    input,
    output,
    documented: {
      kind: 'block',
      lines,
      lineNumbers: lines.map((_, offset) => fenceLine + 1 + offset),
      reason: `output block at line ${fenceLine}, after the file \`${name}\` the post gives under the command`,
    },
  }
}
