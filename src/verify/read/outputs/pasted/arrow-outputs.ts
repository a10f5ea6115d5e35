import type { Runner } from '../../../runners.js'
import { type Statement, topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput, OutputPart } from '../documented-output.js'
import { printCall } from '../documented-output.js'

/**
 * `==> value`, `=> value`, or a quote's `> value` / `>> value` (never a `>>>` prompt) at the start of
 * a line: output written into the code, after what prints it.
 */
const arrowLine = /^(==?>|>>?)(?:[ \t]+(.*))?$/
/**
 * Languages in which no statement can start with `=>` or `==>`: such a line cannot be code.
 * (JavaScript's `=>` lines are program output written as code there: pseudo-code.ts.)
 */
const arrowless = new Set(['python'])
/** The author's words after the value on an arrow line: `==> <zip object at 0x…> # zip objects are generators`. */
const trailingRemark = /\s+(?:#|\/\/)\s+\p{L}.*$/u

/**
 * Output written into the code under the statements that print it, each
 * block opened by an arrow at the start of a line (`print(nums)` then a
 * blank line and `==> [1, 2]`), its further lines indented under the value
 * (`==> 1` / `    [2, 3]`): chip huyen's "python is cool" convention, and
 * that of notes pasted from a REPL. The language cannot start a statement
 * with an arrow, so the sample does not parse as written and does once
 * those lines are blank lines (every line keeps its number); each block is
 * what the code since the previous one prints, compared on its own as the
 * `# Output:` blocks are. A bare expression ending that code (`sum(x, [])`
 * then `==> [...]`) is shown as its value, as a notebook cell shows it.
 * `undefined` when the sample parses as it is (an arrow inside a string),
 * when blanking the arrows does not make it parse, or when an arrow has no
 * code above it.
 */
export function arrowOutputs(
  code: string,
  fenceLine: number,
  runner: Runner,
): { code: string; expected: DocumentedOutput } | undefined {
  if (!arrowless.has(runner.id)) return undefined
  const lines = code.split('\n')
  if (!lines.some((line) => arrowLine.test(line))) return undefined
  if (topLevelStatements(runner, code)) return undefined
  const blocks = arrowBlocks(lines)
  const blanked = new Set(blocks.flatMap((block) => range(block.start, block.end)))
  const bare = lines.map((line, index) => (blanked.has(index) ? '' : line)).join('\n')
  const statements = topLevelStatements(runner, bare)
  if (!statements) return undefined
  // An arrow inside a statement (a string or bracket spanning it) is no output line.
  const inside = (index: number) => statements.some((s) => s.from - 1 < index && s.to - 1 > index)
  if (blocks.some((block) => inside(block.start))) return undefined
  const parts: OutputPart[] = []
  let from = 1
  for (const block of blocks) {
    const covered = statements.filter((s) => s.from >= from && s.to <= block.start)
    const last = covered.at(-1)
    if (!last) return undefined
    const written = lines.slice(block.start, block.end)
    const output = written.map((line) => {
      const arrow = arrowLine.exec(line)
      if (arrow) return (arrow[2] ?? '').replace(trailingRemark, '')
      return line.slice(Math.min(block.width, /^\s*/.exec(line)?.[0].length ?? 0)).trimEnd()
    })
    parts.push({
      from,
      to: last.to,
      value: showsValue(covered, runner),
      pasted: true,
      arrow: block.arrow,
      lines: output,
      lineNumbers: output.map((_, offset) => fenceLine + 1 + block.start + offset),
    })
    from = block.end + 1
  }
  return {
    code: bare,
    expected: {
      kind: 'statements',
      lines: parts.flatMap((part) => part.lines),
      lineNumbers: parts.flatMap((part) => part.lineNumbers),
      parts,
      reason: `output written into the code after \`${blocks[0]?.arrow}\` at line ${fenceLine + 1 + (blocks[0]?.start ?? 0)}${blocks.length > 1 ? `, and ${blocks.length - 1} more such blocks` : ''}`,
    },
  }
}

/** One block of output lines: the arrow line (0-based) and the indented lines under it. */
interface ArrowBlock {
  start: number
  end: number
  arrow: string
  /** Width of the arrow and the space after it, which the lines under it are indented by. */
  width: number
}

/** The arrow blocks of a sample's lines, in order. */
function arrowBlocks(lines: readonly string[]): ArrowBlock[] {
  const blocks: ArrowBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const arrow = arrowLine.exec(line)
    if (!arrow?.[1]) continue
    let end = index + 1
    // Arrow lines in a row are one block (`==> Time taken in fib: …` / `==> … fib_m: …`).
    while (end < lines.length && (underArrow(lines, end) || arrowLine.test(lines[end] ?? ''))) end++
    const width = line.length - line.replace(/^(?:==?>|>>?)[ \t]*/, '').length
    blocks.push({ start: index, end, arrow: arrow[1], width })
    index = end - 1
  }
  return blocks
}

/**
 * Whether the code a block documents ends in the only bare expression of
 * that code, not a print: its value is what the block shows (`sum(x, [])`).
 * Several bare calls (`fib(30)` / `fib_m(30)`) are run for what they print.
 */
function showsValue(covered: readonly Statement[], runner: Runner): boolean {
  const last = covered.at(-1)
  if (!last?.expression || printCall.test(last.text.trim())) return false
  const expressions = covered.filter((statement) => statement.expression)
  return expressions.length === 1 && (runner.id === 'python' || covered.length === 1)
}

/** Whether line `index` is indented under an arrow line: text, or spaces alone before more text. */
function underArrow(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? ''
  if (/^[ \t]+\S/.test(line)) return true
  return /^[ \t]+$/.test(line) && /^[ \t]+\S/.test(lines[index + 1] ?? '')
}

/** The numbers from `start` up to, not including, `end`. */
function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset)
}

/**
 * Output lines written back in the arrow form (`--update`): the first after
 * the arrow, the others indented under it; a blank line as that
 * indentation alone, so the block still reads as one.
 */
export function arrowWritten(arrow: string, output: readonly string[]): string[] {
  const indent = ' '.repeat(arrow.length + 1)
  return output.map((text, index) => (index === 0 ? `${arrow} ${text}` : `${indent}${text}`))
}
