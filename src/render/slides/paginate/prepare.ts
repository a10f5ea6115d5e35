import type { RootContent } from 'mdast'
import { isImageParagraph, isLeadIn, isSpeakerProse } from '../prose.js'
import { shortenedBox } from './boxes.js'
import { clipLongLines, isWhole, maxCodeLine } from './code.js'
import { encodedDataHead } from './encoded-data.js'
import { imageGrid, isImageGrid, isImageGroup, readableInGrid, separateImages } from './images.js'
import { shortenList, unfoldTallItems } from './lists.js'
import { asNotes, isForNotes, type PageOptions } from './page.js'
import { pictureTableGrid } from './picture-tables.js'

/**
 * Settle what each block becomes before the layout: speaker prose to notes
 * (marked), long list items and quotations shortened with their text for the notes,
 * consecutive images and tables of pictures grouped, `---` dropped unless it breaks slides.
 */
export function prepare(blocks: readonly RootContent[], options: PageOptions): RootContent[] {
  // Lists first: long items shortened, items too tall for a slide unfolded into blocks.
  const flat = blocks.flatMap((node) =>
    node.type === 'list'
      ? unfoldTallItems(shortenList(node), options.imageSizes)
      : node.type === 'paragraph'
        ? separateImages(node)
        : node.type === 'table'
          ? [pictureTableGrid(node, options) ?? node]
          : [node],
  )
  const out: RootContent[] = []
  for (const [index, node] of flat.entries()) {
    if (node.type === 'thematicBreak') {
      if (options.slideBreaks) out.push(node)
      continue
    }
    // A footnote's text is said where it is referred to (`footnotesToNotes`), not where it is defined.
    if (node.type === 'footnoteDefinition') continue
    const previous = out.at(-1)
    if (
      node.type === 'paragraph' &&
      isImageParagraph(node) &&
      previous &&
      isImageGroup(previous) &&
      readableInGrid([...(isImageGrid(previous) ? previous.children : [previous]), node], options)
    ) {
      if (previous.type === 'paragraph') out[out.length - 1] = imageGrid([previous, node])
      else previous.children.push(node)
      continue
    }
    // A lead-in with nothing to show after it (prose, a heading, a block for the notes) is prose too;
    // one closing a section that its subsections follow introduces them, and the slides keep them together.
    const next = flat[index + 1]
    if (
      isLeadIn(node) &&
      (next
        ? isSpeakerProse(next) || next.type === 'heading' || isForNotes(next)
        : !options.subsectionNext)
    ) {
      out.push(asNotes(node))
      continue
    }
    // A long quotation, side note or callout shows its key sentence; the notes hold it whole, as they do long paragraphs.
    const quote = shortenedBox(node)
    if (quote) {
      out.push(quote, asNotes(node))
      continue
    }
    // Encoded data (a public key's armor) shows its first lines; the notes keep it whole.
    const encoded = encodedDataHead(node, options)
    if (encoded) {
      out.push(...encoded.nodes, ...encoded.notes.map(asNotes))
      continue
    }
    if (node.type === 'code' && node.value.split('\n').some((line) => line.length > maxCodeLine)) {
      // A line longer than a few slide lines (minified data, a key) shows its start; the notes keep it whole.
      out.push(clipLongLines(node), asNotes(node))
      continue
    }
    out.push(
      isWhole(node) && node.type === 'code'
        ? { ...node, data: { ...node.data, whole: true } }
        : node,
    )
  }
  return out
}
