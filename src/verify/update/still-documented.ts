import { statementParts } from '../read/outputs/documented-output.js'
import { arrowOutputs } from '../read/outputs/pasted/arrow-outputs.js'
import { shellPastedOutput } from '../read/outputs/pasted/pasted-output.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { replReading } from '../read/repl-lines.js'
import { runnableCode } from '../read/sample-code.js'
import { isShellTranscript, readShellTranscript } from '../read/transcripts/shell-transcript.js'
import { isShellRunner } from '../runner-id.js'
import { type Edit, type LeftAlone, lineAt, type Outcome } from './edits.js'

/**
 * The edits, if the sample they make still documents its output in the
 * same form, each statement's as it printed it (a value comment without a
 * marker must still read as a value); else why they are not made.
 */
export function checked(
  lines: readonly string[],
  sample: Sample,
  edits: Edit[],
  leftAlone: LeftAlone[],
): Outcome {
  const count = sample.code.split('\n').length
  const fence = lines.slice(sample.line, sample.line + count)
  // An answer in a fence of its own, after the sample, is no part of the sample's code.
  const inFence = (line: number | undefined) => line === undefined || line <= sample.line + count
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) {
    if (inFence(edit.from))
      fence.splice(edit.from - sample.line, edit.to - edit.from, ...edit.lines)
  }
  const code = runnableCode(
    fence.map((line) => line.replace(/\r$/, '').slice(quoteWidth(lines, sample))).join('\n'),
    sample.highlightTags,
  )
  const before = sample.expected?.parts?.filter((part) => inFence(part.lineNumbers[0])).length
  // A shell session's commands and outputs are read from its prompts, as when it was extracted.
  const after = (
    isShellRunner(sample.runner) && isShellTranscript(code)
      ? readShellTranscript(code, sample.line).expected
      : ((isShellRunner(sample.runner)
          ? shellPastedOutput(code, sample.line)
          : arrowOutputs(code, sample.line, sample.runner)
        )?.expected ?? statementParts(replReading(code, sample.runner), sample.line, sample.runner))
  )?.parts?.length
  if ((before ?? 0) !== (after ?? 0)) {
    return { reason: 'the real output, written in, would no longer read as this sample’s output' }
  }
  return { edits, leftAlone }
}

/** Characters of block quote marks (`> `) before each line of a sample's fence. */
export function quoteWidth(lines: readonly string[], sample: Sample): number {
  return /^(?:\s*>\s?)+/.exec(lineAt(lines, sample.line - 1))?.[0].length ?? 0
}
