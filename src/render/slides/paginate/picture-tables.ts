import type { Emphasis, Paragraph, PhrasingContent, Table, TableCell } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { readableScale, scaleIn } from '../picture-metrics.js'
import { slideTextWidth } from '../slide-canvas.js'
import { bodyHeight } from '../slide-metrics.js'
import { headingRoom, imageGrid, readableInGrid } from './images.js'
import type { PageOptions } from './page.js'

/**
 * A table whose cells hold only pictures (screenshots side by side, the
 * column names above them) as a grid of those pictures that fits the slide,
 * each captioned by its column's header, as the deck shows consecutive images;
 * `undefined` for any other table, or when a picture would read poorly in the grid.
 * Note: the grid keeps the table's order, row by row.
 */
export function pictureTableGrid(table: Table, options: PageOptions) {
  const [header, ...body] = table.children
  if (!header) return undefined
  const headerPictures = header.children.every((cell) => pictures(cell) !== undefined)
  const rows = headerPictures ? table.children : body
  const captions = headerPictures ? [] : header.children.map(caption)
  if (!headerPictures && captions.some((words) => words === undefined)) return undefined
  const items: Paragraph[] = []
  for (const row of rows) {
    for (const [column, cell] of row.children.entries()) {
      const images = pictures(cell)
      if (images === undefined) return undefined
      const words = captions[column]
      for (const image of images)
        items.push({
          type: 'paragraph',
          children: words ? [image, words] : [image],
          ...(words ? { data: { hProperties: { className: ['captioned'] } } } : {}),
        })
    }
  }
  // As many columns as the table has, when each cell holds one picture.
  const width = Math.max(...rows.map((row) => row.children.length))
  const columns =
    items.length === rows.length * width && width >= 2 && width <= 4 ? width : undefined
  if (
    items.length < 2 ||
    !readableInGrid(items, options, { readable: fairScale, ...(columns ? { columns } : {}) })
  )
    return undefined
  return imageGrid(items, columns)
}

/**
 * Each picture of the grid shows at half the size it would on a slide of its
 * own or more: a row of phone screenshots, as tall as the slide lets any of
 * them be, reads as well side by side as apart.
 */
function fairScale(size: { width: number; height: number }, inGrid: number): boolean {
  return (
    inGrid >= readableScale * scaleIn(size, slideTextWidth, bodyHeight(undefined) - headingRoom)
  )
}

/** The images of a cell holding only images (or nothing); `undefined` when it holds words. */
function pictures(cell: TableCell): PhrasingContent[] | undefined {
  const content = cell.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break',
  )
  const isPicture = (child: PhrasingContent) =>
    child.type === 'image' ||
    child.type === 'imageReference' ||
    (child.type === 'link' && child.children.every((inner) => inner.type === 'image'))
  return content.every(isPicture) ? content : undefined
}

/** Longest header that still reads as a caption under a picture. */
const maxCaption = 60

/** A header cell as a caption: short words, no picture; empty for an empty cell. */
function caption(cell: TableCell): Emphasis | null | undefined {
  const words = plainText(cell).trim()
  if (words === '') return null
  if (words.length > maxCaption || pictures(cell) !== undefined) return undefined
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['grid-caption'] } },
    children: cell.children,
  }
}
