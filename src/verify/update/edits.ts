import type { Sample } from '../read/remark-extract-samples.js'

/** A sample whose documented output was not rewritten, and why. */
export interface LeftAlone {
  sample: Sample
  /** Line in the post the reason is about. */
  line: number
  reason: string
}

/** Lines `from` (0-based) up to `to` (excluded) of the post, replaced by `lines`. */
export interface Edit {
  from: number
  to: number
  lines: string[]
}

/** The edits of one sample and the parts of it left alone, or why it is left alone whole. */
export type Outcome = { edits: Edit[]; leftAlone: LeftAlone[] } | { reason: string }

/** A post line without the CR of a CRLF file. */
export function lineAt(lines: readonly string[], index: number): string {
  return (lines[index] ?? '').replace(/\r$/, '')
}

/** What comes before `text` on a post line that ends with it (trailing spaces aside). */
export function headOf(line: string, text: string): string | undefined {
  const trimmed = line.trimEnd()
  const wanted = text.trimEnd()
  return trimmed.endsWith(wanted) ? trimmed.slice(0, trimmed.length - wanted.length) : undefined
}
