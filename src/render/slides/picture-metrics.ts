// Sizes of pictures on slides: images, grids of them, and pictures in raw HTML.

import type { Blockquote, Paragraph, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { canvas, slideTextWidth as textWidth, wrappedLines } from './slide-canvas.js'

/** Key of the size of the image an `imageReference` names, among `ImageSizes`. */
export function referenceKey(identifier: string): string {
  return `#definition:${identifier}`
}

/** Pixel sizes of a post's images, by their path relative to the page (and by `referenceKey`). */
export type ImageSizes = Readonly<Record<string, { width: number; height: number }>>

/** Tallest an image inside a list item, a table cell or a quote shows (deck.css). */
export const nestedImageHeight = 240

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
    const columns = node.data?.gridColumns ?? gridColumns(images.length)
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

/** Pixel size of the image of an image paragraph (a linked one included), when known. */
export function sizeOf(
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
