import type { Code, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { outputLanguages } from './runners.js'

/** The output a post documents for a sample. */
export interface DocumentedOutput {
  /**
   * `comment`: a trailing `# output:` comment block in the sample;
   * `block`: the output fence after the sample;
   * `transcript`: the sample is an interactive `>>>` session.
   */
  kind: 'comment' | 'block' | 'transcript'
  /** The expected lines, comment prefixes removed. */
  lines: string[]
  /** Line in the post of each expected line. */
  lineNumbers: number[]
  /** Why this output was paired with the sample, for `--explain`. */
  reason: string
}

const outputMarker = /^(?:output|输出|运行结果|结果)\s*[:：]\s?(.*)$/iu
const leadIn = /[:：]$/u
const maxLeadInLength = 40

/**
 * Find the output documented for `code`, which is `parent.children[index]`:
 * a trailing output comment, else the next output fence (with at most one
 * short lead-in paragraph ending in a colon between them), else, for Python,
 * the `>>>` transcript the sample is.
 */
export function findDocumentedOutput(
  code: Code,
  parent: Parent,
  index: number,
  commentPrefixes: readonly string[],
): DocumentedOutput | undefined {
  const fenceLine = code.position?.start.line ?? 1
  if (/^\s*>>> /.test(code.value)) {
    const lines = code.value.split('\n')
    return {
      kind: 'transcript',
      lines,
      lineNumbers: lines.map((_, offset) => fenceLine + 1 + offset),
      reason: 'interactive `>>>` session the sample is, checked as doctest does',
    }
  }
  return trailingComment(code, commentPrefixes) ?? followingBlock(parent, index)
}

/** The code of a sample without the trailing output comment. */
function trailingComment(code: Code, prefixes: readonly string[]): DocumentedOutput | undefined {
  const lines = code.value.split('\n')
  const fenceLine = code.position?.start.line ?? 1
  let end = lines.length
  while (end > 0 && lines[end - 1]?.trim() === '') end--
  for (let start = end - 1; start >= 0; start--) {
    const text = uncomment(lines[start] ?? '', prefixes)
    if (text === undefined) return undefined
    const marker = outputMarker.exec(text.trim())
    if (!marker) continue
    const body = lines.slice(start + 1, end).map((line) => uncomment(line, prefixes) ?? '')
    const numbers = body.map((_, offset) => fenceLine + 2 + start + offset)
    const first = marker[1]?.trim()
    return {
      kind: 'comment',
      lines: first ? [first, ...body] : body,
      lineNumbers: first ? [fenceLine + 1 + start, ...numbers] : numbers,
      reason: `trailing \`${lines[start]?.trim()}\` comment at line ${fenceLine + 1 + start}`,
    }
  }
  return undefined
}

/** The text of a comment line without its prefix and one space, or `undefined` if it is no comment. */
function uncomment(line: string, prefixes: readonly string[]): string | undefined {
  const trimmed = line.trimStart()
  const prefix = prefixes.find((candidate) => trimmed.startsWith(candidate))
  if (prefix === undefined) return undefined
  const rest = trimmed.slice(prefix.length)
  return rest.startsWith(' ') ? rest.slice(1) : rest
}

function followingBlock(parent: Parent, index: number): DocumentedOutput | undefined {
  let next = parent.children[index + 1]
  let leadInText: string | undefined
  if (next?.type === 'paragraph') {
    const text = plainText(next).trim()
    if (!leadIn.test(text) || [...text].length > maxLeadInLength) return undefined
    leadInText = text
    next = parent.children[index + 2]
  }
  if (next?.type !== 'code' || !outputLanguages.has(next.lang ?? '')) return undefined
  const fenceLine = next.position?.start.line ?? 1
  const lines = next.value.split('\n')
  return {
    kind: 'block',
    lines,
    lineNumbers: lines.map((_, offset) => fenceLine + 1 + offset),
    reason: leadInText
      ? `output block at line ${fenceLine}, after the lead-in \`${leadInText}\``
      : `output block at line ${fenceLine}, right after the sample`,
  }
}
