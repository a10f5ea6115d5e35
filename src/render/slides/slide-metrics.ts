import type { Code, Heading, List, ListItem, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { isSlideDrawing } from '../../text-diagram.js'
import {
  htmlPictureHeight,
  type ImageSizes,
  imageHeight,
  nestedImageHeight,
  showsPicture,
  sizeOf,
} from './picture-metrics.js'
import { canvas, isWide, slideTextWidth as textWidth, wrappedLines } from './slide-canvas.js'
import { tableHeight } from './table-metrics.js'

/** Height available for blocks under a slide's heading, or without one. */
export function bodyHeight(heading: Heading | undefined): number {
  return canvas.height - canvas.padding - canvas.footerBand - (heading ? headingHeight(heading) : 0)
}

/** Height of a slide's heading, wrapped lines and the gap below included. */
export function headingHeight(heading: Heading): number {
  const lines = headingLines(plainText(heading))
  return lines * canvas.headingSize * canvas.headingLineHeight + canvas.headingGap
}

const textLine = canvas.textSize * canvas.textLineHeight
/** Columns of code on a line: monospace glyphs are about 0.6 em wide. */
export const codeColumns = Math.floor((textWidth - 32) / (canvas.codeSize * 0.6))

/** Lines `text` takes as a slide's heading. */
export function headingLines(text: string): number {
  return wrappedLines(text, textWidth, canvas.headingSize)
}

/** Lines `text` takes on a slide at the text size, `indent` pixels narrower than the body. */
export function textLinesOf(text: string, indent = 0): number {
  return wrappedLines(text, textWidth - indent, canvas.textSize)
}

/** Code lines at the smaller size a section over its slide budget uses. */
export const smallCodeSize = 15

/** Lines a code line wraps to (code wraps on slides rather than scroll). */
export function codeLinesOf(line: string, width = codeColumns): number {
  let columns = 0
  for (const character of line) columns += isWide(character) ? 2 : 1
  return Math.max(1, Math.ceil(columns / width))
}

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
