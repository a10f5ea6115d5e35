import { topLevelStatements } from '../../read/code/statements.js'
import type { OutputPart } from '../../read/outputs/documented-output.js'
import { uncomment } from '../../read/outputs/documented-output.js'
import type { Runner } from '../../runners.js'
import { type CompareOptions, type Comparison, compareOutput } from '../compare-output.js'

/** A call that prints, anywhere in a statement: `print(`, `console.log(`, in a loop's body too. */
const printCall = /(?:^|[^\w.$])(?:print|console\.(?:log|info|warn|error))\s*\(/u

/** A printing statement and the comment lines right above it, uncommented, with their lines in the code. */
interface Captioned {
  at: number
  lines: string[]
  lineNumbers: number[]
}

/**
 * Whether a sample's output comments stand ABOVE the statements printing
 * them, as in side-by-side cheat sheets (`# 4` then `print(some_list.pop())`,
 * `// 2` then `console.log(Math.ceil(1.5))`), where the usual reading takes
 * each comment as the output of the statement above it. Decided once it
 * ran, as doctest reads an example's output: the comment blocks right above
 * printing statements, in order, are the printed lines, each block where its
 * statement prints, with other lines only where a printing statement with
 * no comment above it stands between (`print(len(x))`, left undocumented, or
 * a statement whose value the run shows), and every documented line that
 * failed is in such a block, the last documented line too, or, when every
 * block is where its statement prints, comment lines under such a statement
 * (the author's notes after the output it gave above). `code` holds the sample's lines; `parts` the
 * documented statements as first read, `failed` those whose comparison failed.
 * When the comments are so placed and one is not what prints there, that
 * one is the failure; `undefined` when the sample is not written so.
 */
export function commentsAbovePrints(
  parts: readonly OutputPart[],
  failed: readonly OutputPart[],
  code: readonly string[],
  runner: Runner,
  output: string,
  fenceLine: number,
  options: CompareOptions,
): CaptionReading | undefined {
  const statements = topLevelStatements(runner, code.join('\n'))
  if (!statements || failed.length === 0) return undefined
  // A statement shows output when it prints, or when the run shows its value (a documented part's).
  const printing = statements.filter(
    (statement) =>
      printCall.test(statement.text) || parts.some((part) => part.from === statement.from),
  )
  const captioned: Captioned[] = []
  for (const [index, statement] of printing.entries()) {
    const lines: string[] = []
    const lineNumbers: number[] = []
    if (!printCall.test(statement.text)) continue
    for (let line = statement.from - 1; line >= 1; line--) {
      const text = uncomment(code[line - 1] ?? '', runner.commentPrefixes)
      if (text === undefined || !text.trim()) break
      lines.unshift(text.trim())
      lineNumbers.unshift(line)
    }
    if (lines.length > 0) captioned.push({ at: index, lines, lineNumbers })
  }
  if (captioned.length === 0) return undefined
  const captionText = new Set(captioned.flatMap((caption) => caption.lines))
  const isCaption = (part: OutputPart) => part.lines.every((line) => captionText.has(line.trim()))
  // Comment lines under a print whose output the caption above it gives are the author's notes
  // (`# 0 6` above a loop, `# If you're not using this in a for loop, use list()` under it).
  const captionedAt = new Set(captioned.map((caption) => printing[caption.at]?.from))
  const notes = failed.filter((part) => !isCaption(part) && captionedAt.has(part.from))
  if (!failed.every((part) => isCaption(part) || notes.includes(part))) return undefined
  // The last documented line stands above a print: read below, it would document the print above it.
  const documented = parts.filter((part) => !notes.includes(part))
  const lastDocumented = Math.max(...documented.flatMap((part) => part.lineNumbers)) - fenceLine
  if (
    documented.length > 0 &&
    !captioned.some((caption) => caption.lineNumbers.includes(lastDocumented))
  )
    return undefined
  const printed = output.replace(/\n$/u, '').split('\n')
  if (placed(captioned, 0, printed, 0, -1, printing.length, options)) return { ok: true }
  // Notes under the prints are read so only when every caption is where its statement prints.
  if (notes.length > 0) return undefined
  // Read so and not matching: the first caption not where its statement prints, in print order.
  let cursor = 0
  let previous = -1
  for (const caption of captioned) {
    const skips = caption.at - previous > 1
    const last = skips ? printed.length - caption.lines.length : cursor
    let found: number | undefined
    for (let start = cursor; start <= last && found === undefined; start++) {
      if (matches(caption.lines, printed.slice(start, start + caption.lines.length), options))
        found = start
    }
    if (found === undefined) {
      return {
        ok: false,
        line: caption.lineNumbers[0] ?? 0,
        expected: caption.lines,
        actual: printed.slice(cursor, cursor + caption.lines.length),
      }
    }
    cursor = found + caption.lines.length
    previous = caption.at
  }
  return undefined
}

/**
 * The comments read above their prints: all in place (`ok`), or the first
 * that is not, its first line (in the sample) and the lines printed where it stands.
 */
export type CaptionReading =
  | { ok: true }
  | { ok: false; line: number; expected: readonly string[]; actual: readonly string[] }

/**
 * Whether the captions from `index` on match the printed lines from
 * `cursor`, each where its statement prints: right after the one before,
 * or later where a statement printing with no caption stands between.
 */
function placed(
  captioned: readonly Captioned[],
  index: number,
  printed: readonly string[],
  cursor: number,
  previous: number,
  statements: number,
  options: CompareOptions,
): boolean {
  const caption = captioned[index]
  // After the last caption, lines are left only for statements printing after it.
  if (!caption) return cursor === printed.length || previous < statements - 1
  const skips = caption.at - previous > 1
  const last = skips ? printed.length - caption.lines.length : cursor
  for (let start = cursor; start <= last; start++) {
    if (
      matches(caption.lines, printed.slice(start, start + caption.lines.length), options) &&
      placed(
        captioned,
        index + 1,
        printed,
        start + caption.lines.length,
        caption.at,
        statements,
        options,
      )
    ) {
      return true
    }
  }
  return false
}

/** Whether printed lines are a caption's lines, as a documented block compares. */
function matches(
  lines: readonly string[],
  printed: readonly string[],
  options: CompareOptions,
): boolean {
  if (printed.length !== lines.length) return false
  const comparison: Comparison = compareOutput(
    { kind: 'block', lines: [...lines], lineNumbers: lines.map(() => 0), reason: '' },
    printed.join('\n'),
    options,
  )
  return comparison.ok
}
