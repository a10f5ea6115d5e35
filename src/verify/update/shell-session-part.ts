import type { Comparison } from '../compare/compare-output.js'
import type { OutputPart } from '../read/outputs/documented-output.js'
import { arrowWritten } from '../read/outputs/pasted/arrow-outputs.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { type Edit, lineAt } from './edits.js'
import { newOutput } from './new-output.js'

/**
 * The lines a command of a shell session printed, under its prompt line, in
 * place of those documented, at the prompt's indentation.
 */
export function rewriteSessionPart(
  lines: readonly string[],
  sample: Sample,
  part: OutputPart,
  printed: string,
  comparison: Comparison,
): Edit | { reason: string } {
  const first = part.lineNumbers[0]
  const last = part.lineNumbers.at(-1)
  if (first === undefined || last === undefined) return { reason: 'its output was not found' }
  const output = newOutput(part.lines, printed, comparison)
  if ('reason' in output) return output
  // Under its prompt, or under the marker line of output pasted into the code.
  const above = part.pasted ? part.to + 1 : part.from
  const indent = /^\s*/.exec(lineAt(lines, sample.line + above - 1))?.[0] ?? ''
  return {
    from: first - 1,
    to: last,
    lines: part.arrow
      ? arrowWritten(
          part.arrow,
          output.map(({ text }) => text),
        )
      : output.map(({ text }) => (text === '' ? '' : indent + text)),
  }
}
