import type { Runner } from '../runners.js'
import type { DocumentedOutput, OutputPart } from './documented-output.js'
import { outputMarker, uncomment } from './documented-output.js'
import { topLevelStatements } from './statements.js'

/** `=>`, `->`, `→`, `⇒` or an output word opening a value comment. */
const valueMarker =
  /^(?:=>|->|→|⇒|-->|output\s*[:：]|输出\s*[:：]|结果\s*[:：]|prints?:?)\s*(.*)$/iu
/** A comment that reads as a value rather than prose: a number, string, list, dict, tuple, boolean. */
const literalLike =
  /^(?:-?\d[\d_.,eE+-]*|'[^']*'|"[^"]*"|`[^`]*`|\[.*\]|\{.*\}|\(.*\)|True|False|None|true|false|null|undefined|NaN|-?Infinity|<[^>]+>)$/u
/** A print call whose first argument is a label: `print('Sum:', total)`, `console.log("x =", x)`. */
const labelledPrint = /^(?:print|console\.log)\s*\(\s*[fFrRbB]?(['"`])(?:\\.|(?!\1).)*\1\s*,/
/** A value followed by words about it, after a comma, a dash or two spaces. */
const valueThenProse = /^(\S+?)(?:\s*[,;，；]\s*|\s+[-–—]\s+|\s{2,}|\s+(?=\p{L}{2,}))\S.*$/u
/** Calls that print their arguments. */
const printCall = /^(?:print|console\.(?:log|info|error|warn|dir|table)|echo|printf)\b/

/**
 * Outputs documented statement by statement: a value comment on a line that
 * prints or is an expression (`print(x)  # [1, 2]`, `x  # => 3`,
 * `console.log(a) // 1`, `a // → 3`), or several `# Output:` comment blocks,
 * each documenting the code above it since the previous one. `undefined`
 * when the sample documents its output once, or not at all.
 *
 * Note: only top-level statements count, found from the syntax tree: a value
 * comment inside a loop or a function is left alone, since its line runs
 * any number of times.
 */
export function statementOutputs(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  const statements = topLevelStatements(runner, code)
  if (!statements) return undefined
  const lines = code.split('\n')
  const parts: OutputPart[] = []
  const endsStatement = new Map(statements.map((statement) => [statement.to, statement]))
  let blockStart = 1
  let blocks = 0
  let values = 0
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1
    const line = lines[index] ?? ''
    const statement = endsStatement.get(number)
    const comment = statement ? valueComment(line, statement.text, runner) : undefined
    const inline = comment?.text
    if (statement && inline !== undefined) {
      parts.push({
        from: statement.from,
        to: statement.to,
        value: !printCall.test(statement.text.trim()),
        inline: true,
        loose: comment?.loose ?? false,
        labelled: labelledPrint.test(statement.text.trim()),
        lines: [inline],
        lineNumbers: [fenceLine + number],
      })
      blockStart = number + 1
      values++
      continue
    }
    const text = uncomment(line, runner.commentPrefixes)
    const marker = text === undefined ? undefined : outputMarker.exec(text.trim())
    if (!marker || /^\s/.test(line)) continue
    // A block with no statement above it is a header (`# Outputs:` in a function's doc comment).
    if (!statements.some((s) => s.from >= blockStart && s.to < number)) continue
    // An `# Output:` block: its comment lines document the code since the previous one.
    const body: string[] = []
    const numbers: number[] = []
    const first = marker[1]?.trim()
    if (first) {
      body.push(first)
      numbers.push(fenceLine + number)
    }
    let end = index + 1
    while (end < lines.length) {
      const next = uncomment(lines[end] ?? '', runner.commentPrefixes)
      if (next === undefined || outputMarker.test(next.trim())) break
      body.push(next)
      numbers.push(fenceLine + end + 1)
      end++
    }
    while (body.length > 0 && body.at(-1)?.trim() === '') {
      body.pop()
      numbers.pop()
    }
    parts.push({
      from: blockStart,
      to: number - 1,
      value: false,
      lines: body,
      lineNumbers: numbers,
    })
    blocks++
    blockStart = end + 1
    index = end - 1
  }
  const trailingOnly =
    blocks === 1 && parts.length === 1 && lines.slice(blockStart - 1).every((l) => !l.trim())
  if (parts.length === 0 || (trailingOnly && values === 0)) return undefined
  return {
    kind: 'statements',
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
    parts,
    reason: `${parts.length} statement output${parts.length === 1 ? '' : 's'} documented in comments, from line ${parts[0]?.lineNumbers[0] ?? fenceLine}`,
  }
}

/**
 * The value a trailing comment documents on a statement's last line, or
 * `undefined`; `loose` for a comment in words after a print call, which may
 * be the printed text (`# WELCOME TO PYTHON`) or a remark (`# greet`).
 */
function valueComment(
  line: string,
  statement: string,
  runner: Runner,
): { text: string; loose: boolean } | undefined {
  const prefix = runner.commentPrefixes
    .map((candidate) => commentStart(line, candidate))
    .find((start) => start !== undefined)
  if (prefix === undefined) return undefined
  const comment = line
    .slice(prefix)
    .replace(/^(?:#|\/\/)\s?/, '')
    .trim()
  if (!comment) return undefined
  const marked = valueMarker.exec(comment)?.[1]?.trim()
  if (marked) return { text: marked, loose: false }
  // Without a marker, only a comment after a print call: a value if it reads as one,
  // else perhaps a remark on the code, which the comparison tells apart.
  if (!printCall.test(statement.trim())) return undefined
  if (literalLike.test(comment)) return { text: comment, loose: false }
  // A value, then why: `# 3, gives the quotient`, `# True - both are 1`, `# 2.0  a float`.
  const explained = valueThenProse.exec(comment)
  if (explained?.[1] && literalLike.test(explained[1])) return { text: explained[1], loose: false }
  return { text: comment, loose: true }
}

/** Where a trailing `prefix` comment starts on a line, outside strings; `undefined` if none. */
export function commentStart(line: string, prefix: string): number | undefined {
  let quote: string | undefined
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'" || char === '`') quote = char
    else if (
      line.startsWith(prefix, index) &&
      /\s/.test(line[index - 1] ?? '') &&
      line.slice(0, index).trim()
    ) {
      return index
    }
  }
  return undefined
}
