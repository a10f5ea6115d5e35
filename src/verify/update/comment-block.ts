import { isOutputHeading } from '../read/outputs/comments/output-headings.js'
import {
  type DocumentedOutput,
  outputMarker,
  uncomment,
} from '../read/outputs/documented-output.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { type Edit, headOf, lineAt } from './edits.js'
import type { OutputLine } from './new-output.js'

/** The line (0-based in the post) of the `# output:` marker (or `// Will print` heading) that opens a sample's trailing comment. */
export function markerLine(sample: Sample): number | undefined {
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
export function rewriteCommentBlock(
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
