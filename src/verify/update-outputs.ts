import { ruleIds } from '../messages.js'
import type { Comparison } from './compare/compare-output.js'
import { comparePart } from './compare/compare-parts.js'
import { inDateFormOf } from './compare/date-display.js'
import { arrowOutputs, arrowWritten } from './read/outputs/arrow-outputs.js'
import {
  type DocumentedOutput,
  type OutputPart,
  outputMarker,
  statementParts,
  uncomment,
} from './read/outputs/documented-output.js'
import { isOutputHeading } from './read/outputs/output-headings.js'
import { shellPastedOutput } from './read/outputs/pasted-output.js'
import { withoutAuthorsWords } from './read/outputs/prose-among-output.js'
import { hasPrompts } from './read/outputs/script-runs.js'
import { sequenceOf, valueSequence } from './read/outputs/value-sequence.js'
import type { Sample } from './read/remark-extract-samples.js'
import { replReading } from './read/repl-lines.js'
import { runnableCode } from './read/sample-code.js'
import { isShellTranscript, readShellTranscript } from './read/transcripts/shell-transcript.js'
import { expectedExitCode } from './run/documented-errors.js'
import type { SampleResult } from './run/job.js'
import { statusShownByOutput } from './run/shell-status.js'
import { isShellRunner } from './runner-id.js'
import { runnerFor } from './runners.js'
import { hasCommentedResults, sessionEdits, sessionReason } from './update-sessions.js'

/** A sample whose documented output was not rewritten, and why. */
export interface LeftAlone {
  sample: Sample
  /** Line in the post the reason is about. */
  line: number
  reason: string
}

/** A post with the real outputs of its samples written in. */
export interface OutputUpdate {
  text: string
  /** Samples whose documented output was rewritten. */
  updated: Sample[]
  /** Samples whose output differs, or could not be checked, and were left as they are. */
  leftAlone: LeftAlone[]
}

/** Lines `from` (0-based) up to `to` (excluded) of the post, replaced by `lines`. */
interface Edit {
  from: number
  to: number
  lines: string[]
}

type Outcome = { edits: Edit[]; leftAlone: LeftAlone[] } | { reason: string }

const timingReason = 'only durations differ, and they change from run to run: update them by hand'

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

/**
 * `''` when the sample's output is to be written; why it is left alone when
 * it differs or was not checked; `undefined` when there is nothing to say.
 */
function reasonToLeave(
  result: SampleResult,
  byId: ReadonlyMap<string, SampleResult>,
): string | undefined {
  const { sample } = result
  const differs = result.comparison && !result.comparison.ok
  if (result.status === 'passed' || result.status === 'skipped') return undefined
  if (result.status === 'noted') {
    // Noted as depending on a sample that failed: its output is real when the samples it
    // needs ran through, passing or differing only in what they print.
    const ranThrough = sample.needs.every((id) => {
      const needed = byId.get(id)
      return needed?.status === 'passed' || (needed !== undefined && writable(needed, byId))
    })
    if (result.check !== 'depends' || !differs || !ranThrough) return result.summary
  } else if (result.ruleId !== ruleIds.sampleOutput || !differs) {
    return `failed: ${result.summary}`
  }
  // A sample that did not run through as the post says (an error, a missing file or input)
  // printed its trouble, not the output the post documents.
  const exitCode = result.run?.exitCode
  if (exitCode !== expectedExitCode(sample) && !statusShownByOutput(sample)) {
    const how =
      exitCode === null || exitCode === undefined ? 'was killed' : `exited with code ${exitCode}`
    return `its output differs, but it ${how}, expected ${expectedExitCode(sample)}: fix the code first`
  }
  if (sample.expected?.kind === 'transcript' && !hasCommentedResults(result)) return sessionReason
  if (result.comparison?.timingOnly) return timingReason
  // Nothing printed where the post shows output: more likely a fence taken for output than stale.
  const printed = result.shownOutput ?? result.run?.output ?? ''
  return printed.trim() === ''
    ? 'it printed nothing: remove or fix its documented output by hand'
    : ''
}

function writable(result: SampleResult, byId: ReadonlyMap<string, SampleResult>): boolean {
  return reasonToLeave(result, byId) === ''
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

/** A line to write: a documented line that matched, or a line of the real output. */
interface OutputLine {
  text: string
  kept: boolean
}

/**
 * The output to write: the documented lines that matched as the author
 * wrote them (a duration within its tolerance, a `[..]` wildcard, a path),
 * the real lines in place of the others.
 */
function newOutput(
  documented: readonly string[],
  printed: string,
  comparison: Comparison,
): OutputLine[] | { reason: string } {
  if (documented.some((line) => line.trim() === '...')) {
    return { reason: 'its documented output leaves lines out with `...`: update it by hand' }
  }
  const real = outputLines(printed)
  const output: OutputLine[] = []
  // A traceback's stack, left out of the comparison, stays as the author wrote it (as doctest
  // ignores it, it is never stale); the real one, with this machine's paths, is not written.
  const documentedStack = new Set(comparison.leftOut?.expected)
  const realStack = new Set(comparison.leftOut?.actual)
  let want = 0
  let got = 0
  const keepDocumentedStack = () => {
    for (; documentedStack.has(want); want++) {
      output.push({ text: documented[want] ?? '', kept: true })
    }
  }
  for (const entry of comparison.diff) {
    if (entry.kind !== 'actual') keepDocumentedStack()
    if (entry.kind !== 'expected') while (realStack.has(got)) got++
    if (entry.kind === 'same') output.push({ text: documented[want] ?? entry.text, kept: true })
    if (entry.kind === 'actual') output.push({ text: real[got] ?? entry.text, kept: false })
    if (entry.kind !== 'actual') want++
    if (entry.kind !== 'expected') got++
  }
  keepDocumentedStack()
  return output
}

/** The lines of a real output: CRLF read as LF, trailing spaces and blank lines off. */
function outputLines(output: string): string[] {
  const lines = output
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
  while (lines.length > 0 && lines.at(-1) === '') lines.pop()
  return lines
}

/** A post line without the CR of a CRLF file. */
function lineAt(lines: readonly string[], index: number): string {
  return (lines[index] ?? '').replace(/\r$/, '')
}

const fenceOpening = /^(.*?)(`{3,}|~{3,})/

/** The output fence's content lines replaced, each with the prefix of the fence's container. */
function rewriteBlock(
  lines: readonly string[],
  expected: DocumentedOutput,
  output: OutputLine[],
): Outcome {
  const first = expected.lineNumbers[0]
  if (first === undefined) return { reason: 'its output block was not found' }
  // The fence opens right above the output, or above the lines it starts with that are not
  // output (a `# output` heading, the `$ ./script` prompt), which stay as written.
  let open = first - 2
  while (open > first - 4 && open > 0 && !fenceOpening.test(lineAt(lines, open))) open--
  const fence = fenceOpening.exec(lineAt(lines, open))
  if (!fence) return { reason: 'its output block was not found' }
  const [, before = '', marks = '```'] = fence
  // A fence of code in a language postdeck runs, taken as output after a lead-in, stays as written.
  const language = /^\s*([^\s`{]+)/.exec(lineAt(lines, open).slice(fence[0].length))?.[1]
  if (runnerFor(language?.toLowerCase())) {
    return {
      reason: `its output fence is labelled \`${language}\`, a language of code: update it by hand`,
    }
  }
  if (output.some(({ text }) => text.trimStart().startsWith(marks.slice(0, 3)))) {
    return { reason: `its output has a line opening a fence (\`${marks.slice(0, 3)}\`)` }
  }
  if (hasPrompts(output.map(({ text }) => text).join('\n'))) {
    return { reason: 'its output has lines starting with a prompt (`$ `), read as commands' }
  }
  // Content lines sit under the fence, inside its list item or block quote.
  const prefix = before.replace(/[-*+]|\d+[.)]/g, (marker) => ' '.repeat(marker.length))
  const last = expected.lineNumbers.at(-1) ?? first
  // An empty fence: its one line is the closing fence.
  const closing = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(lineAt(lines, last - 1))?.[1]
  const empty = expected.lines.join('') === '' && closing?.startsWith(marks) === true
  return {
    edits: [
      {
        from: first - 1,
        to: empty ? first - 1 : last,
        lines: output.map(({ text }, at) => {
          // Echoes keep their prompts: `>>> ` on the first line, `... ` on the others.
          const written = expected.echoed ? `${at === 0 ? '>>>' : '...'} ${text}` : text
          return written ? prefix + written : prefix.trimEnd()
        }),
      },
    ],
    leftAlone: [],
  }
}

/** The line (0-based in the post) of the `# output:` marker (or `// Will print` heading) that opens a sample's trailing comment. */
function markerLine(sample: Sample): number | undefined {
  const code = sample.code.split('\n')
  for (let index = code.length - 1; index >= 0; index--) {
    const text = uncomment(code[index] ?? '', sample.runner.commentPrefixes)
    if (text !== undefined && (outputMarker.test(text.trim()) || isOutputHeading(text)))
      return sample.line + index
  }
  return undefined
}

/**
 * A comment block's lines replaced: the first line stays on the marker line
 * if the post put the first output line there; the others take the comment
 * mark of the block's own lines, and new ones the indentation they share.
 */
function rewriteCommentBlock(
  lines: readonly string[],
  sample: Sample,
  expected: Pick<DocumentedOutput, 'lines' | 'lineNumbers'>,
  marker: number,
  output: OutputLine[],
): Edit | { reason: string } {
  const markerText = lineAt(lines, marker)
  const inline = expected.lineNumbers[0] === marker + 1
  const bodyNumbers = inline ? expected.lineNumbers.slice(1) : expected.lineNumbers
  const bodyLines = inline ? expected.lines.slice(1) : expected.lines
  const heads: string[] = []
  for (const [offset, number] of bodyNumbers.entries()) {
    const head = headOf(lineAt(lines, number - 1), bodyLines[offset] ?? '')
    if (head === undefined) return { reason: `line ${number} is not the output it documents` }
    if (bodyLines[offset]) heads.push(head)
  }
  const code = sample.code.split('\n')[marker - sample.line] ?? ''
  const prefix = sample.runner.commentPrefixes.find((candidate) =>
    code.trimStart().startsWith(candidate),
  )
  if (prefix === undefined) return { reason: `line ${marker + 1} is no comment` }
  const start = markerText.length - code.trimStart().length
  const head = heads[0] ?? `${markerText.slice(0, start)}${prefix} `
  const indents = bodyLines
    .filter((line) => line.trim())
    .map((line) => /^\s*/.exec(line)?.[0] ?? '')
  const indent = indents.reduce(
    (shortest, next) => (next.length < shortest.length ? next : shortest),
    indents[0] ?? '',
  )
  // The first line stays on the marker line only if it has text (a blank one would be lost there).
  const onMarker = inline && (output[0]?.text.trim() ?? '') !== ''
  const body = (onMarker ? output.slice(1) : output).map(({ text, kept }) =>
    text ? head + (kept ? '' : indent) + text : head.trimEnd(),
  )
  const markerLines: string[] = []
  if (inline) {
    const markerHead = headOf(markerText, expected.lines[0] ?? '')
    if (markerHead === undefined) {
      return { reason: `line ${marker + 1} is not the output it documents` }
    }
    markerLines.push(onMarker ? markerHead + (output[0]?.text.trim() ?? '') : markerHead.trimEnd())
  }
  const end = bodyNumbers.at(-1) ?? marker + 1
  return inline
    ? { from: marker, to: end, lines: [...markerLines, ...body] }
    : { from: marker + 1, to: end, lines: body }
}

/** What comes before `text` on a post line that ends with it (trailing spaces aside). */
function headOf(line: string, text: string): string | undefined {
  const trimmed = line.trimEnd()
  const wanted = text.trimEnd()
  return trimmed.endsWith(wanted) ? trimmed.slice(0, trimmed.length - wanted.length) : undefined
}

/** Each statement whose documented output differs from what it printed, rewritten. */
function rewriteStatements(lines: readonly string[], result: SampleResult): Outcome {
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

/**
 * The lines a command of a shell session printed, under its prompt line, in
 * place of those documented, at the prompt's indentation.
 */
function rewriteSessionPart(
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

/**
 * The edits, if the sample they make still documents its output in the
 * same form, each statement's as it printed it (a value comment without a
 * marker must still read as a value); else why they are not made.
 */
function checked(
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
function quoteWidth(lines: readonly string[], sample: Sample): number {
  return /^(?:\s*>\s?)+/.exec(lineAt(lines, sample.line - 1))?.[0].length ?? 0
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
