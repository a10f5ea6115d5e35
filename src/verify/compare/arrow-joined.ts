/** An arrow between two printed lines written on one: `start -> end -> timer`, `a → b`, `a => b`, `a --> b`. */
const arrow = /\s+(?:-{1,2}>|→|=>)\s+/u
/** An arrow opening or closing a line that goes on from the line before or to the next (`// -> p1 -> p2`). */
const endArrow = /^(?:-{1,2}>|→|=>)\s+|\s+(?:-{1,2}>|→|=>)$/gu

/** The items of a line written with arrows between them (`a -> b -> c`), or `undefined` for a line with none. */
export function arrowItems(line: string): string[] | undefined {
  const text = line.trim().replace(endArrow, '')
  if (!arrow.test(text)) return undefined
  return text.split(arrow).map((item) => item.trim())
}

/**
 * Output-order posts write the lines a sample prints on one line, an arrow
 * between each and the next (`// script start -> async1 start -> async2`),
 * over one comment line or several. When the real output holds no such
 * arrow and has exactly as many lines as the documented lines hold items,
 * the items are the documented lines, each at the post line it is written on,
 * so a line printed out of order is told where it is written.
 */
export function arrowJoinedLines(
  expected: readonly string[],
  numbers: readonly number[],
  actual: readonly string[],
): { lines: string[]; numbers: number[] } | undefined {
  if (!expected.some((line) => arrowItems(line) !== undefined)) return undefined
  if (actual.some((line) => arrow.test(line))) return undefined
  const lines: string[] = []
  const itemNumbers: number[] = []
  expected.forEach((line, index) => {
    if (line.trim() === '') return
    for (const item of arrowItems(line) ?? [line.trim().replace(endArrow, '')]) {
      lines.push(item)
      const number = numbers[index]
      if (number !== undefined) itemNumbers.push(number)
    }
  })
  if (lines.length !== actual.length || lines.some((item) => item === '')) return undefined
  return { lines, numbers: itemNumbers.length === lines.length ? itemNumbers : [] }
}
