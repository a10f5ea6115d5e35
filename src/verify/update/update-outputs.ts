import type { Sample } from '../read/remark-extract-samples.js'
import type { SampleResult } from '../run/job.js'
import { markerLine, rewriteCommentBlock } from './comment-block.js'
import type { Edit, LeftAlone, Outcome } from './edits.js'
import { newOutput } from './new-output.js'
import { rewriteBlock } from './output-fence.js'
import { reasonToLeave } from './reasons-to-leave.js'
import { sessionEdits, sessionReason } from './session-results.js'
import { rewriteStatements } from './statement-outputs.js'
import { checked } from './still-documented.js'

export type { LeftAlone } from './edits.js'

/** A post with the real outputs of its samples written in. */
export interface OutputUpdate {
  text: string
  /** Samples whose documented output was rewritten. */
  updated: Sample[]
  /** Samples whose output differs, or could not be checked, and were left as they are. */
  leftAlone: LeftAlone[]
}

/**
 * Write the real output of every sample whose documented output differs
 * back into the post `text`, in the form the post uses: the body of a
 * trailing `# output:` comment (each line keeping its comment prefix and
 * indentation, the first on the marker line if it was there), the lines of
 * the output fence, the value after a value comment's marker, the body of a
 * statement's `# Output:` block. Nothing else of the text changes, line
 * endings included.
 *
 * Only failures of rule `sample-output`, and samples that depend on one
 * whose output differs too, are written, and only when the sample ended with
 * the exit code the post implies and printed something: otherwise what it
 * printed is trouble, not a newer output. `>>>` sessions (but for results
 * written as `# ` comment lines: update-sessions.ts), notes
 * (pseudo-code, values that vary), other failures, fences of code taken as
 * output and value comments the author quoted or annotated are left alone
 * and listed. Reads and writes no file.
 */
export function updateOutputs(text: string, results: readonly SampleResult[]): OutputUpdate {
  const lines = text.split('\n')
  const eol = text.includes('\r\n') ? '\r' : ''
  const byId = new Map(results.map((result) => [result.sample.id, result]))
  const updated: Sample[] = []
  const leftAlone: LeftAlone[] = []
  const edits: Edit[] = []
  for (const result of results) {
    const { sample } = result
    const why = reasonToLeave(result, byId)
    if (why === undefined) continue
    if (why) {
      leftAlone.push({ sample, line: result.line, reason: why })
      continue
    }
    const outcome = rewrite(lines, result)
    if ('reason' in outcome) {
      leftAlone.push({ sample, line: result.line, reason: outcome.reason })
      continue
    }
    leftAlone.push(...outcome.leftAlone)
    if (outcome.edits.length === 0) continue
    edits.push(...outcome.edits)
    updated.push(sample)
  }
  // From the end, so the line numbers of the edits still to apply stay true.
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    lines.splice(edit.from, edit.to - edit.from, ...edit.lines.map((line) => line + eol))
  }
  return { text: lines.join('\n'), updated, leftAlone }
}

function rewrite(lines: readonly string[], result: SampleResult): Outcome {
  const { sample, comparison } = result
  const expected = sample.expected
  const printed = result.shownOutput ?? result.run?.output
  if (!expected || printed === undefined || !comparison) {
    return { reason: 'its real output is unknown' }
  }
  if (expected.kind === 'statements') return rewriteStatements(lines, result)
  if (expected.kind === 'transcript') {
    const session = sessionEdits(lines, result)
    if ('reason' in session) return session
    const left = session.left.map((line) => ({ sample, line, reason: sessionReason }))
    return { edits: session.edits, leftAlone: left }
  }
  const output = newOutput(expected.lines, printed, comparison)
  if ('reason' in output) return output
  if (expected.kind === 'block') return rewriteBlock(lines, expected, output)
  const marker = markerLine(sample)
  if (marker === undefined) return { reason: 'its output comment was not found' }
  const edit = rewriteCommentBlock(lines, sample, expected, marker, output)
  return 'reason' in edit ? edit : checked(lines, sample, [edit], [])
}
