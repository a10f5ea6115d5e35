import type {
  Blockquote,
  Code,
  Heading,
  List,
  ListItem,
  Paragraph,
  RootContent,
  Table,
  TableCell,
} from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { isSlideDrawing } from '../../text-diagram.js'

/**
 * The slide canvas and its type sizes, in the deck's logical pixels; the deck
 * CSS (templates/assets/deck.css) uses the same numbers.
 */
export const canvas = {
  width: 1280,
  height: 720,
  padding: 40,
  /**
   * The band at the bottom no content enters: the page link, the slide number
   * and the arrows are there (deck.css: the slide body's bottom padding).
   */
  footerBand: 40,
  headingSize: 44,
  headingLineHeight: 1.2,
  headingGap: 24,
  textSize: 30,
  textLineHeight: 1.35,
  codeSize: 19,
  codeLineHeight: 1.45,
  blockGap: 18,
} as const

/** Height available for blocks under a slide's heading, or without one. */
export function bodyHeight(heading: Heading | undefined): number {
  return canvas.height - canvas.padding - canvas.footerBand - (heading ? headingHeight(heading) : 0)
}

/** Height of a slide's heading, wrapped lines and the gap below included. */
export function headingHeight(heading: Heading): number {
  const lines = headingLines(plainText(heading))
  return lines * canvas.headingSize * canvas.headingLineHeight + canvas.headingGap
}

const textWidth = canvas.width - 2 * canvas.padding
const textLine = canvas.textSize * canvas.textLineHeight
/** Columns of code on a line: monospace glyphs are about 0.6 em wide. */
export const codeColumns = Math.floor((textWidth - 32) / (canvas.codeSize * 0.6))

/**
 * Width of text in pixels at `size`: wide (CJK) characters are one em, others
 * half an em (measured in Chromium for the deck's sans-serif stack: 0.49).
 */
function textWidthOf(text: string, size: number): number {
  let width = 0
  for (const character of text) width += isWide(character) ? size : size * 0.5
  return width
}

function isWide(character: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(
    character,
  )
}

/** Lines `text` wraps to in `width` pixels. */
function wrappedLines(text: string, width: number, size: number): number {
  return text
    .split('\n')
    .reduce((total, line) => total + Math.max(1, Math.ceil(textWidthOf(line, size) / width)), 0)
}

/** Lines `text` takes as a slide's heading. */
export function headingLines(text: string): number {
  return wrappedLines(text, textWidth, canvas.headingSize)
}

/** Lines `text` takes on a slide at the text size, `indent` pixels narrower than the body. */
export function textLinesOf(text: string, indent = 0): number {
  return wrappedLines(text, textWidth - indent, canvas.textSize)
}

/** Key of the size of the image an `imageReference` names, among `ImageSizes`. */
export function referenceKey(identifier: string): string {
  return `#definition:${identifier}`
}

/** Pixel sizes of a post's images, by their path relative to the page (and by `referenceKey`). */
export type ImageSizes = Readonly<Record<string, { width: number; height: number }>>

/** Code lines at the smaller size a section over its slide budget uses. */
export const smallCodeSize = 15

/** Lines a code line wraps to (code wraps on slides rather than scroll). */
export function codeLinesOf(line: string, width = codeColumns): number {
  let columns = 0
  for (const character of line) columns += isWide(character) ? 2 : 1
  return Math.max(1, Math.ceil(columns / width))
}

/** Tallest an image inside a list item, a table cell or a quote shows (deck.css). */
export const nestedImageHeight = 240

/** Estimated height of a list item, nested lists, code and images included. */
function listItemHeight(item: ListItem, indent: number, sizes: ImageSizes): number {
  return item.children.reduce((total, child) => {
    if (child.type === 'list') return total + listHeight(child, sizes, indent + 40)
    if (child.type === 'code') return total + codeHeight(child, indent) + canvas.blockGap
    if (child.type === 'paragraph' && child.children.some((inner) => inner.type === 'image')) {
      // The words before the image when it follows text ("Run `pnpm dev`:![](shot.png)"), then the image on a line of its own.
      const words = plainText({
        ...child,
        children: child.children.filter((inner) => inner.type !== 'image'),
      })
      const lines =
        words.trim() === '' ? 0 : wrappedLines(words, textWidth - indent, canvas.textSize)
      const shown = sizeOf(child, sizes)
        ? Math.min(imageHeight(child, sizes), nestedImageHeight)
        : nestedImageHeight
      return total + shown + 8 + lines * textLine
    }
    return total + wrappedLines(plainText(child), textWidth - indent, canvas.textSize) * textLine
  }, 4)
}

function listHeight(list: List, sizes: ImageSizes, indent = 48): number {
  return list.children.reduce((total, item) => total + listItemHeight(item, indent, sizes), 0)
}

/**
 * Share of a slide's body a text drawing shown whole is planned at, at most: deck.js
 * shrinks it to the room its slide leaves (a heading, a line introducing it), and
 * the viewer opens it at full size.
 */
const drawingShare = 0.6

function codeHeight(code: Code, indent = 0): number {
  if (code.data?.whole === true && isSlideDrawing(code.value)) {
    // Shown whole, it does not wrap: one slide line per line.
    const natural = code.value.split('\n').length * canvas.codeSize * canvas.codeLineHeight + 30
    return Math.min(natural, drawingShare * bodyHeight(undefined))
  }
  const small = code.data?.small === true
  const size = small ? smallCodeSize : canvas.codeSize
  const columns = Math.floor((textWidth - 32 - indent) / (size * 0.6))
  const lines = code.value
    .split('\n')
    .reduce((total, line) => total + codeLinesOf(line, columns), 0)
  return lines * size * canvas.codeLineHeight + 30
}

/**
 * Height an image paragraph (or grid) shows at when given a whole slide body:
 * its natural height, at most the body's; unknown sizes count as large.
 */
export function imageHeight(node: Paragraph | Blockquote, sizes: ImageSizes): number {
  const full = canvas.height - canvas.padding - canvas.footerBand
  const images = node.type === 'blockquote' ? node.children : [node]
  const heights = images.map((image) => {
    const size = image.type === 'paragraph' ? sizeOf(image, sizes) : undefined
    if (!size) return full
    const scale = Math.min(1, textWidth / Math.max(1, size.width))
    return size.height * scale
  })
  if (node.type === 'blockquote') {
    const columns = gridColumns(images.length)
    const rows = Math.ceil(images.length / columns)
    return Math.min(full, (rows * Math.max(...heights, 0)) / columns + (rows - 1) * 12)
  }
  return Math.min(full, Math.max(...heights, 0))
}

/**
 * A slide given to one picture (deck.css: `.picture-slide`): narrow margins,
 * the heading and the line introducing the picture small above it.
 */
export const pictureSlide = {
  width: canvas.width - 2 * 24,
  height: canvas.height - 14 - 36,
  headingHeight: 24 * 1.2 + 6,
  textSize: 24,
  textLineHeight: 1.35,
  textGap: 8,
} as const

/** Height of a caption (the step above a picture) on a picture slide. */
export function captionHeight(node: RootContent): number {
  const lines = wrappedLines(plainText(node), pictureSlide.width, pictureSlide.textSize)
  return lines * pictureSlide.textSize * pictureSlide.textLineHeight + pictureSlide.textGap
}

/** The scale an image of `size` shows at in a box of `width` × `height`, never enlarged. */
export function scaleIn(
  size: { width: number; height: number },
  width: number,
  height: number,
): number {
  return Math.min(
    1,
    width / Math.max(1, size.width),
    Math.max(0, height) / Math.max(1, size.height),
  )
}

/** Pixel size of the one image of an image paragraph, when known. */
export function imageSize(
  node: RootContent,
  sizes: ImageSizes,
): { width: number; height: number } | undefined {
  return node.type === 'paragraph' ? sizeOf(node, sizes) : undefined
}

/** Width of the text on a slide, in logical pixels. */
export const slideTextWidth = textWidth

/** Scale below which an image reads poorly: half its size, with a margin for the estimate. */
export const readableScale = 0.55

/**
 * The least height a picture block may be given beside other blocks: what
 * shows an image of known size at a readable scale (its whole height at
 * most), or `share` of `budget` when that is more; for other pictures, that share.
 */
export function pictureFloor(
  node: RootContent,
  sizes: ImageSizes,
  budget: number,
  share = 0.4,
): number {
  const size = imageSize(node, sizes)
  if (!size || node.type !== 'paragraph') return budget * share
  return Math.min(imageHeight(node, sizes), Math.max(size.height * readableScale, budget * share))
}

/** Whether the pixel size of every image of a paragraph or grid is known. */
export function knownSize(node: Paragraph | Blockquote, sizes: ImageSizes): boolean {
  const images = node.type === 'blockquote' ? node.children : [node]
  return images.every((image) => image.type === 'paragraph' && sizeOf(image, sizes) !== undefined)
}

/** Columns of a grid of `count` images. */
export function gridColumns(count: number): number {
  return count <= 2 ? count : count <= 4 ? 2 : 3
}

function sizeOf(
  paragraph: Paragraph,
  sizes: ImageSizes,
): { width: number; height: number } | undefined {
  // A picture linking to its full size (`[![a](small.png)](big.png)`) is sized by its image.
  const children = paragraph.children.flatMap((child) =>
    child.type === 'link' ? child.children : [child],
  )
  const reference = children.find((child) => child.type === 'imageReference')
  if (reference?.type === 'imageReference') return sizes[referenceKey(reference.identifier)]
  const image = children.find((child) => child.type === 'image')
  if (image?.type !== 'image') return undefined
  try {
    return sizes[decodeURI(image.url)] ?? sizes[image.url]
  } catch {
    return sizes[image.url]
  }
}

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

function tableHeight(table: Table): number {
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

/**
 * Estimated height of a block on a slide, in logical pixels: a first guess
 * from line counts, which the browser tests check against the real layout.
 * Images count as filling what is left: the deck scales them to fit.
 */
export function blockHeight(node: RootContent, sizes: ImageSizes = {}): number {
  const gap = canvas.blockGap
  switch (node.type) {
    case 'heading':
      return headingHeight(node)
    case 'list':
      return listHeight(node, sizes) + gap
    case 'code':
      return codeHeight(node) + gap
    case 'table':
      return tableHeight(node) + gap
    case 'blockquote':
      if (node.data?.imageGrid) return imageHeight(node, sizes) + gap
      return wrappedLines(plainText(node), textWidth - 60, canvas.textSize) * textLine + gap * 2
    case 'sampleOutput':
      return outputHeight(node.data.text, node.data.small === true) + gap
    case 'paragraph':
      if (node.children.some((child) => child.type === 'image' || child.type === 'imageReference'))
        return Math.max(120, Math.min(imageHeight(node, sizes), 240)) + gap
      return wrappedLines(plainText(node), textWidth, canvas.textSize) * textLine + gap
    case 'html':
      return htmlHeight(node.value, sizes)
    case 'math':
      // Display math: a row per `\\`, about two text lines each (fractions, sums).
      return node.value.split('\\\\').length * 2 * textLine + gap
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return 0
    default:
      return wrappedLines(plainText(node), textWidth, canvas.textSize) * textLine + gap
  }
}

/**
 * Whether a block of raw HTML shows a picture (an `<img>` in a captioned
 * `<div>`, a video); `<image>` is an `<img>` to HTML parsers, so to it too.
 */
export function showsPicture(html: string): boolean {
  return /<(image|img|video|picture|svg|iframe)\b/i.test(html)
}

/**
 * Height of the pictures of raw HTML on a slide of their own, and whether
 * the size of each is known (`<img src>` among `sizes`); unknown ones count as large.
 */
export function htmlPictureHeight(
  html: string,
  sizes: ImageSizes,
): { shown: number; known: boolean } {
  const full = canvas.height - canvas.padding - canvas.footerBand
  const sources = [...html.matchAll(/<(?:image|img)\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map(
    (match) => match[1] ?? '',
  )
  const found = sources.map((source) => {
    const plain = source.replace(/^\.\//, '')
    return sizes[source] ?? sizes[plain] ?? sizes[safeDecode(plain)]
  })
  if (
    found.length === 0 ||
    !/^\s*<(div|figure|p|a|image|img|center|span)\b/i.test(html) ||
    /<(video|iframe|svg|picture)\b/i.test(html) ||
    found.some((size) => !size)
  )
    return { shown: full, known: false }
  const heights = found.map((size) => {
    const { width, height } = size as { width: number; height: number }
    return height * Math.min(1, textWidth / Math.max(1, width))
  })
  return {
    shown: Math.min(
      full,
      heights.reduce((total, height) => total + height, 0),
    ),
    known: true,
  }
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** Comments, and style and script elements, whose text a browser does not show. */
const unseenHtml = /<!--[\s\S]*?-->|<(style|script)\b[\s\S]*?<\/\1\s*>/gi

/** Whether raw HTML shows nothing: comments, `<style>` and `<script>` elements alone. */
export function showsNothing(html: string): boolean {
  return html.replace(unseenHtml, '').trim() === ''
}

/** Raw HTML: a picture by its size (unknown ones fill what is left); text by its lines; a comment or style nothing. */
function htmlHeight(html: string, sizes: ImageSizes): number {
  if (showsPicture(html)) return Math.max(24, htmlPictureHeight(html, sizes).shown)
  const text = html
    .replace(unseenHtml, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (text === '') return 0
  const breaks = (html.match(/<(br|li|tr|p|div|h[1-6])\b/gi) ?? []).length
  return (wrappedLines(text, textWidth, canvas.textSize) + breaks) * textLine + canvas.blockGap
}

function outputHeight(text: string, small: boolean): number {
  const size = small ? smallCodeSize : canvas.codeSize
  const columns = Math.floor((textWidth - 32) / (size * 0.6))
  const lines = text.split('\n').reduce((total, line) => total + codeLinesOf(line, columns), 0)
  return lines * size * canvas.codeLineHeight + 30
}
