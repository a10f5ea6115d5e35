import type { List, ListItem, RootContent } from 'mdast'
import {
  type ImageSizes,
  imageSize,
  nestedImageHeight,
  readableScale,
  scaleIn,
} from '../picture-metrics.js'
import { isImageParagraph, isItemWords, shortenedItem } from '../prose.js'
import { canvas, slideTextWidth } from '../slide-canvas.js'
import { blockHeight } from '../slide-metrics.js'
import { separateImages } from './images.js'
import { asShownNotes } from './page.js'
import type { Units } from './units.js'

/**
 * A list whose long items show their key sentence, followed by their words
 * marked for the notes; once one item is shortened, its siblings written as a
 * title over a paragraph are too, so the list reads as one.
 */
export function shortenList(list: List): RootContent[] {
  const notes: RootContent[] = []
  const shortened = list.children.map((item) => shortenedItem(item))
  const anyShortened = shortened.some((short) => short !== undefined)
  const children = list.children.map((item, index) => {
    const short = shortened[index] ?? (anyShortened ? shortenedItem(item, true) : undefined)
    if (!short) return item
    notes.push(...item.children.filter(isItemWords).map(asShownNotes))
    return short
  })
  return [{ ...list, children }, ...notes]
}

/**
 * A list whose items fit a slide each, and show their images readably; an
 * item taller than a slide (one holding long code), or holding an image that
 * would show below half its size in a list item (a wide screenshot after the
 * step it shows), is cut out: its first words stay an item, numbered as it
 * was, and its other blocks (the image included) follow as blocks of their
 * own, laid out as any other. The notes say the item's words (and math) in
 * one piece, as the page reads them around its code and nested lists.
 */
export function unfoldTallItems(blocks: RootContent[], sizes: ImageSizes): RootContent[] {
  const [list, ...notes] = blocks
  if (list?.type !== 'list') return blocks
  const tall = canvas.height * 0.6
  const out: RootContent[] = []
  // What the page reads as the item's text: its words and math, not its nested lists, code or pictures.
  const words = (item: ListItem) =>
    item.children.filter((child) =>
      child.type === 'paragraph' ? !isImageParagraph(child) : child.type === 'math',
    )
  const start = list.start ?? 1
  let from = 0
  list.children.forEach((item, index) => {
    if (
      blockHeight({ ...list, children: [item] }, sizes) <= tall &&
      !item.children.some((child) => crampedInItem(child, sizes))
    )
      return
    const children = item.children.flatMap((child): ListItem['children'] =>
      child.type === 'paragraph' ? separateImages(child) : [child],
    )
    const [first, ...rest] = children
    // An item opening with text keeps it as an item; one opening with code or an image becomes blocks.
    const lead = first?.type === 'paragraph' && !isImageParagraph(first)
    if (!first || (lead && rest.length === 0)) return
    if (index > from) out.push(part(from, index))
    if (lead)
      out.push({
        ...list,
        start: list.ordered ? start + index : null,
        children: [{ ...item, children: [first] }],
      })
    out.push(...(lead ? rest : children))
    if (words(item).length > 1) notes.push(...words(item).map(asShownNotes))
    from = index + 1
  })
  if (from === 0) return blocks
  if (from < list.children.length) out.push(part(from, list.children.length))
  return [...out, ...notes]

  function part(begin: number, end: number): List {
    return {
      ...(list as List),
      start: (list as List).ordered ? start + begin : null,
      children: (list as List).children.slice(begin, end),
    }
  }
}

/** Whether a block of a list item holds an image of known size that shows below half of it there (deck.css caps them). */
function crampedInItem(node: RootContent, sizes: ImageSizes): boolean {
  if (node.type !== 'paragraph') return false
  return separateImages(node).some((part) => {
    const size = isImageParagraph(part) ? imageSize(part, sizes) : undefined
    return (
      size !== undefined && scaleIn(size, slideTextWidth - 48, nestedImageHeight) < readableScale
    )
  })
}

export function listUnits(list: List): Units {
  const start = list.start ?? 1
  return {
    count: list.children.length,
    starts: list.children.map((_, index) => ({ index, rank: 0 })),
    make: (from, to) => {
      const part: List = { ...list, children: list.children.slice(from, to) }
      if (list.ordered) part.start = start + from
      return part
    },
  }
}
