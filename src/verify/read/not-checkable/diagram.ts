import { isTextDiagram as drawsText } from '../../../text-diagram.js'
import type { Sample } from '../remark-extract-samples.js'

/** Whether a fence is a diagram drawn with box-drawing characters rather than code (see `text-diagram.ts`). */
export function isTextDiagram(sample: Sample): boolean {
  return drawsText(sample.code)
}
