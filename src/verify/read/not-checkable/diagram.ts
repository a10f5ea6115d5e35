import type { Sample } from '../remark-extract-samples.js'

/** Box-drawing characters (`┌─┬┐│└`), block elements and arrows (`→`, `⇒`): what text diagrams are drawn with. */
const drawing = /[\u2190-\u21FF\u2500-\u259F]/u

/**
 * Whether a fence is a diagram drawn with box-drawing characters (the parts
 * of a URL, a stack of layers) rather than code, whatever its language
 * label: most of its lines hold box-drawing characters or arrows, which no
 * language here reads outside strings. Code with an arrow in a comment or
 * a string now and then is not one.
 */
export function isTextDiagram(sample: Sample): boolean {
  const lines = sample.code.split('\n').filter((text) => text.trim() !== '')
  const drawn = lines.filter((text) => drawing.test(text)).length
  return lines.length > 0 && drawn * 2 > lines.length
}
