/** Box-drawing characters (`┌─┬┐│└`), block elements and arrows (`→`, `⇒`): what text diagrams are drawn with. */
const drawing = /[\u2190-\u21FF\u2500-\u259F]/u
/** Box-drawing characters and block elements alone: what boxes are drawn with. */
const boxes = /[\u2500-\u259F]/u

/** How many of a block's non-blank lines there are, and how many of them hold a character of `marks`. */
function markedLines(text: string, marks: RegExp): { lines: number; marked: number } {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  return { lines: lines.length, marked: lines.filter((line) => marks.test(line)).length }
}

/**
 * Whether a block of text is a diagram drawn with box-drawing characters (the
 * parts of a URL, a stack of layers, buckets and pointers) rather than code,
 * whatever the language its fence names: most of its lines hold box-drawing
 * characters or arrows, which no language here reads outside strings, or it
 * is a table drawn in ASCII (`isAsciiTable`). Code with an arrow in a comment
 * or a string now and then is not one.
 */
export function isTextDiagram(text: string): boolean {
  const { lines, marked } = markedLines(text, drawing)
  return (lines > 0 && marked * 2 > lines) || isAsciiTable(text)
}

/** A table's border drawn in ASCII: `+-----+-----+`, `+=====+`. */
const asciiBorder = /^\s*\+(?:[-=]+\+)+\s*$/u

/**
 * Whether a block is a table drawn in ASCII: two borders or more
 * (`+-------+-------+`), every other line a row of cells opening with `|`.
 * No language here has a line that is only `+---+`.
 */
export function isAsciiTable(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  const borders = lines.filter((line) => asciiBorder.test(line)).length
  return borders >= 2 && lines.every((line) => asciiBorder.test(line) || /^\s*\|/u.test(line))
}

/**
 * Whether a block shown on a slide is a drawing of boxes: most of its lines, and
 * at least three, hold box-drawing characters. Arrows alone do not count there:
 * a console session writes each result as `// → value`.
 */
export function isSlideDrawing(text: string): boolean {
  const { lines, marked } = markedLines(text, boxes)
  return marked >= 3 && marked * 2 > lines
}
