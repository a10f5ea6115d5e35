import { comparePart } from '../compare/compare-parts.js'
import { inDateFormOf } from '../compare/values/date-display.js'
import { sequenceOf, valueSequence } from '../read/outputs/comments/value-sequence.js'
import { withoutAuthorsWords } from '../read/outputs/fences/prose-among-output.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { runnableCode } from '../read/sample-code.js'
import { isShellTranscript } from '../read/transcripts/shell-transcript.js'
import type { SampleResult } from '../run/job.js'
import { isShellRunner } from '../runner-id.js'
import { rewriteCommentBlock } from './comment-block.js'
import { type Edit, headOf, type LeftAlone, lineAt, type Outcome } from './edits.js'
import { newOutput, outputLines } from './new-output.js'
import { timingReason } from './reasons-to-leave.js'
import { rewriteSessionPart } from './shell-session-part.js'
import { checked, quoteWidth } from './still-documented.js'

/** Each statement whose documented output differs from what it printed, rewritten. */
export function rewriteStatements(lines: readonly string[], result: SampleResult): Outcome {
  const sample = withoutAuthorsWords(result.sample, result.run?.parts)
  const parts = sample.expected?.parts ?? []
  const edits: Edit[] = []
  const leftAlone: LeftAlone[] = []
  const session = isShellRunner(sample.runner) && isShellTranscript(fenceCode(lines, sample))
  for (const [index, part] of parts.entries()) {
    const shown = result.shownParts?.[index] ?? result.run?.parts?.[index]
    if (shown === undefined) continue
    // Comment lines cannot show blank lines: they are written as they were compared, without,
    // and without the indentation all lines share (a template literal's).
    const printed = part.gapless ? dedent(shown.replace(/^[ \t]*\r?\n/gm, '')) : shown
    const options = {
      samplePath: '',
      tolerance: sample.annotations.tolerance,
      unordered: sample.annotations.unordered,
    }
    const comparison = comparePart(part, printed, result.run?.printedParts?.[index], options)
    if (!comparison || comparison.ok) continue
    const at = part.lineNumbers[0] ?? part.nothingAt ?? sample.line + part.to + 1
    if (part.printedBy) {
      const reason = 'its prints are documented inside the function it calls: update them by hand'
      leftAlone.push({ sample, line: at, reason })
      continue
    }
    if (part.inBlockComment) {
      const reason = 'its output is written in a block comment: update it by hand'
      leftAlone.push({ sample, line: at, reason })
      continue
    }
    if (part.error || part.nothingAt !== undefined) {
      const what = part.error ? 'the error it raises' : 'that it prints nothing'
      leftAlone.push({ sample, line: at, reason: `its comment says ${what}: update it by hand` })
      continue
    }
    if (comparison.timingOnly) {
      leftAlone.push({ sample, line: part.lineNumbers[0] ?? sample.line, reason: timingReason })
      continue
    }
    if (session || part.pasted) {
      const edit = rewriteSessionPart(lines, sample, part, printed, comparison)
      if ('reason' in edit) leftAlone.push({ sample, line: at, reason: edit.reason })
      else edits.push(edit)
      continue
    }
    const real = outputLines(printed).map((line) =>
      inDateFormOf(part.lines[0] ?? '', inQuotesOf(part.lines[0] ?? '', line)),
    )
    // A loop's comment listing each iteration's value, on its print call: the values printed, listed so.
    const listed = part.iterations && valueSequence(part.lines[0] ?? '')
    if (listed) {
      const head = headOf(lineAt(lines, at - 1), part.lines[0] ?? '')
      // A call's value a REPL shows after the lines (`.some(...)`'s `true`) is not in the list.
      const own = part.value ? result.run?.printedParts?.[index] : undefined
      const sequence = sequenceOf(outputLines(own?.trim() ? own : printed), part.lines[0] ?? '')
      if (head === undefined || sequence === undefined) {
        leftAlone.push({ sample, line: at, reason: 'value comment not updated: it was not found' })
      } else edits.push({ from: at - 1, to: at, lines: [head + sequence] })
      continue
    }
    // A value on its statement's line, or alone in a fence of its own after the sample (an answer).
    const isValue =
      part.lineNumbers.length === 1 &&
      (at === sample.line + part.to || at > sample.line + sample.code.split('\n').length)
    if (isValue) {
      const line = lineAt(lines, at - 1)
      const head = headOf(line, part.lines[0] ?? '')
      const [value] = real
      const documentedValue = part.lines[0] ?? ''
      // `# Output: DE (only 2 characters)`, `# Prints: "Hellos world"`: the value is there,
      // quoted or followed by the author's words.
      const annotated =
        value !== undefined &&
        [`${value} `, `"${value}"`, `'${value}'`, `\`${value}\``].some((start) =>
          documentedValue.startsWith(start),
        )
      if (head === undefined || value === undefined || real.length > 1 || annotated) {
        const what = annotated
          ? 'it quotes the value or adds words after it'
          : real.length === 1
            ? 'it was not found'
            : `it printed ${real.length} lines`
        leftAlone.push({ sample, line: at, reason: `value comment not updated: ${what}` })
        continue
      }
      edits.push({ from: at - 1, to: at, lines: [head + value] })
      continue
    }
    // An `# Output:` block: its marker is the line after the statements it documents,
    // or the line above the statement when it is written above it (`// 输出：x` / `console.log(x)`).
    const output = newOutput(part.lines, printed, comparison)
    const first = part.lineNumbers[0] ?? 0
    const marker = first <= sample.line + part.from ? first - 1 : sample.line + part.to
    const edit =
      'reason' in output ? output : rewriteCommentBlock(lines, sample, part, marker, output)
    if ('reason' in edit) leftAlone.push({ sample, line: at, reason: edit.reason })
    else edits.push(edit)
  }
  return checked(lines, sample, edits, leftAlone)
}

/** A string value as Node shows it (`'abc'`) in the quotes the post's comment uses (`"abc"`). */
function inQuotesOf(documented: string, value: string): string {
  const quote = /^\s*(["`])/.exec(documented)?.[1]
  const content = /^'([^'"`\\]*)'$/.exec(value)?.[1]
  if (quote && content !== undefined) return `${quote}${content}${quote}`
  // A printed string the post quotes (`console.log(x) // Outputs "c"`) stays quoted.
  const quoted = /^\s*(["'`])[^"'`\\]*\1\s*$/.exec(documented)?.[1]
  const bare = !/^(?:["'`[{(]|-?\d|true$|false$|null$|undefined$|None$|True$|False$)/.test(value)
  return quoted && bare && !/["'`\\]/.test(value) ? `${quoted}${value}${quoted}` : value
}

/** The text of a sample's fence as the reader sees it (block quote marks off, dedented). */
function fenceCode(lines: readonly string[], sample: Sample): string {
  const count = sample.code.split('\n').length
  const width = quoteWidth(lines, sample)
  return runnableCode(
    lines
      .slice(sample.line, sample.line + count)
      .map((line) => line.replace(/\r$/, '').slice(width))
      .join('\n'),
    sample.highlightTags,
  )
}

/** Lines without the indentation they all share. */
function dedent(text: string): string {
  const indents = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  return text
    .split('\n')
    .map((line) => line.slice(Math.min(common, line.length)))
    .join('\n')
}
