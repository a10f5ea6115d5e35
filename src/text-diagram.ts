/** Box-drawing characters (`┌─┬┐│└`), block elements and arrows (`→`, `⇒`): what text diagrams are drawn with. */
const drawing = /[\u2190-\u21FF\u2500-\u259F]/u

/**
 * Whether a block of text is a diagram drawn with box-drawing characters (the
 * parts of a URL, a stack of layers, buckets and pointers) rather than code,
 * whatever the language its fence names: most of its lines hold box-drawing
 * characters or arrows, which no language here reads outside strings. Code
 * with an arrow in a comment or a string now and then is not one.
 */
export function isTextDiagram(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  const drawn = lines.filter((line) => drawing.test(line)).length
  return lines.length > 0 && drawn * 2 > lines.length
}

/** Box-drawing characters and block elements alone: what boxes are drawn with. */
const boxes = /[\u2500-\u259F]/u

/**
 * Whether a block shown on a slide is a drawing of boxes: most of its lines, and
 * at least three, hold box-drawing characters. Arrows alone do not count there:
 * a console session writes each result as `// → value`.
 */
export function isSlideDrawing(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  const drawn = lines.filter((line) => boxes.test(line)).length
  return drawn >= 3 && drawn * 2 > lines.length
}
