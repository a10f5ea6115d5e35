// Sizes of tables on slides: the browser's column widths and the lines of each row.

import type { Table, TableCell } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { slideTextWidth as textWidth, textWidthOf, wrappedLines } from './slide-canvas.js'

/**
 * The lines of a table cell as the browser breaks them: raw HTML `<br>`,
 * `<li>` and `<p>` start a line (a cell's list in HTML takes a line an item);
 * the tags themselves show nothing.
 */
function cellLines(cell: TableCell): string[] {
  const lines = ['']
  for (const node of cell.children) {
    if (node.type === 'html') {
      if (/<(br|li|p)\b/i.test(node.value)) lines.push('')
      continue
    }
    lines[lines.length - 1] += plainText(node, { includeHtml: false })
  }
  return lines.filter((line) => line.trim() !== '')
}

/** Horizontal padding of a table cell at text size `size` (reveal.js's theme: 0.6 em a side). */
function cellPadding(size: number): number {
  return 1.2 * size
}

/**
 * Widths of a table's columns as the browser's automatic layout gives them:
 * each column its widest line when all fit, else a share of the width in
 * proportion to that, never narrower than its longest word.
 */
function columnWidths(table: Table, size: number): number[] {
  const columns = Math.max(1, ...table.children.map((row) => row.children.length))
  const padding = cellPadding(size)
  const widest = Array.from({ length: columns }, () => padding)
  const longestWord = Array.from({ length: columns }, () => padding)
  for (const row of table.children)
    row.children.forEach((cell, column) => {
      for (const line of cellLines(cell)) {
        widest[column] = Math.max(widest[column] ?? 0, textWidthOf(line, size) + padding)
        for (const word of line.split(/\s+/))
          longestWord[column] = Math.max(
            longestWord[column] ?? 0,
            Math.min(textWidth / columns, textWidthOf(word, size) + padding),
          )
      }
    })
  const total = widest.reduce((sum, width) => sum + width, 0)
  if (total <= textWidth) return widest
  return widest.map((width, column) =>
    Math.max(longestWord[column] ?? 0, (textWidth * width) / total),
  )
}

/** Text size of a table of tall rows (`smallTable`), against 24 px. */
export const smallTableSize = 18

/** Height of a table on a slide: each row as tall as its cell of most wrapped lines. */
export function tableHeight(table: Table): number {
  const size = table.data?.smallTable === true ? smallTableSize : 24
  const widths = columnWidths(table, size)
  return table.children.reduce((total, row) => {
    const lines = Math.max(
      1,
      ...row.children.map((cell, column) =>
        cellLines(cell).reduce(
          (sum, line) =>
            sum + wrappedLines(line, (widths[column] ?? textWidth) - cellPadding(size), size),
          0,
        ),
      ),
    )
    return total + lines * size * 1.2 + 11
  }, 0)
}
