import { isTextDiagram as drawsText, isAsciiTable } from '../../../../text-diagram.js'
import type { Sample } from '../../remark-extract-samples.js'

/** Whether a fence is a diagram drawn with box-drawing characters rather than code (see `text-diagram.ts`). */
export function isTextDiagram(sample: Sample): boolean {
  return drawsText(sample.code)
}

/** What the fence draws, for the note: a table in ASCII or a diagram of boxes. */
export function diagramKind(sample: Sample): string {
  return isAsciiTable(sample.code)
    ? 'a table drawn in ASCII (`+---+`, `|`), not code'
    : 'a diagram drawn with box-drawing characters, not code'
}
