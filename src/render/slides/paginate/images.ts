import type { Blockquote, Paragraph, RootContent } from 'mdast'
import {
  gridColumns,
  htmlPictureHeight,
  type ImageSizes,
  imageHeight,
  imageSize,
  knownSize,
  readableScale,
  scaleIn,
  showsPicture,
} from '../picture-metrics.js'
import { isImageParagraph } from '../prose.js'
import { canvas, slideTextWidth } from '../slide-canvas.js'
import { bodyHeight } from '../slide-metrics.js'
import { asNotes, type PageOptions } from './page.js'

/**
 * A paragraph of text and images: its text and each image in a paragraph of
 * its own (a grid, later). Images on lines of their own keep their place, so
 * a line introducing an image ("Correct output:") stays just above it (when
 * they cut the words, these follow whole, marked for the notes); an image
 * inside a sentence goes after the words.
 */
export function separateImages(paragraph: Paragraph): Paragraph[] {
  const isImage = (child: Paragraph['children'][number]) =>
    child.type === 'image' || child.type === 'imageReference'
  if (!paragraph.children.some(isImage)) return [paragraph]
  if (isImageParagraph(paragraph)) {
    // Several images in one paragraph: each its own, so they form a grid.
    const images = paragraph.children.filter(isImage)
    return images.length < 2
      ? [paragraph]
      : images.map((image): Paragraph => ({ type: 'paragraph', children: [image] }))
  }
  if (!paragraph.children.every((child, index) => !isImage(child) || ownLine(paragraph, index))) {
    // An image inside a sentence: the words read on, the image after them.
    const words = paragraph.children.filter((child) => !isImage(child))
    const images = paragraph.children.filter(isImage)
    return [
      { ...paragraph, children: words },
      ...images.map((image): Paragraph => ({ type: 'paragraph', children: [image] })),
    ]
  }
  const parts: Paragraph[] = []
  let text: Paragraph['children'] = []
  const endText = () => {
    const words = trimBreaks(text)
    if (words.length > 0) parts.push({ ...paragraph, children: words })
    text = []
  }
  for (const child of paragraph.children) {
    if (!isImage(child)) {
      text.push(child)
      continue
    }
    endText()
    parts.push({ type: 'paragraph', children: [child] })
  }
  endText()
  // Words cut by images: the notes say them in one piece, as the page reads them.
  const words = parts.filter((part) => !isImageParagraph(part))
  if (words.length < 2) return parts
  const whole: Paragraph = {
    ...paragraph,
    children: paragraph.children.filter((child) => !isImage(child)),
  }
  return [...parts, asNotes(whole) as Paragraph]
}

/** Whether the child at `index` stands on a line of its own: a line ends before and after it. */
function ownLine(paragraph: Paragraph, index: number): boolean {
  const before = paragraph.children[index - 1]
  const after = paragraph.children[index + 1]
  const endsLine = (child: Paragraph['children'][number] | undefined, atEnd: boolean) =>
    child === undefined ||
    child.type === 'break' ||
    (child.type === 'text' && (atEnd ? /\n\s*$/ : /^\s*\n/).test(child.value))
  return endsLine(before, true) && endsLine(after, false)
}

/** Phrasing without the line breaks and spaces it starts or ends with, beside an image. */
function trimBreaks(children: Paragraph['children']): Paragraph['children'] {
  const blank = (child: Paragraph['children'][number] | undefined) =>
    child !== undefined &&
    (child.type === 'break' || (child.type === 'text' && child.value.trim() === ''))
  let start = 0
  let end = children.length
  while (start < end && blank(children[start])) start++
  while (end > start && blank(children[end - 1])) end--
  const words = children.slice(start, end)
  // The line ends around an image are spaces of the page, not of the words.
  const first = words[0]
  if (first?.type === 'text') words[0] = { ...first, value: first.value.trimStart() }
  const last = words.at(-1)
  if (last?.type === 'text') words[words.length - 1] = { ...last, value: last.value.trimEnd() }
  return words
}

export function isImageGroup(node: RootContent): node is Paragraph | Blockquote {
  return (node.type === 'paragraph' && isImageParagraph(node)) || isImageGrid(node)
}

export function isImageGrid(node: RootContent): node is Blockquote {
  return node.type === 'blockquote' && node.data?.imageGrid === true
}

/**
 * Whether each image of known size among `images` would show at half its
 * size or more in a grid of them under a heading; a wide screenshot would
 * not, and goes on a slide of its own instead. `readable` may judge the
 * scale otherwise.
 */
export function readableInGrid(
  images: readonly RootContent[],
  options: PageOptions,
  {
    columns = gridColumns(images.length),
    readable = (_, scale) => scale >= readableScale,
  }: {
    columns?: number
    readable?: (size: { width: number; height: number }, scale: number) => boolean
  } = {},
): boolean {
  const gap = 12
  const rows = Math.ceil(images.length / columns)
  const width = (slideTextWidth - gap * (columns - 1)) / columns
  const height = (bodyHeight(undefined) - headingRoom - gap * (rows - 1)) / rows
  return images.every((image) => {
    const size = imageSize(image, options.imageSizes)
    return !size || readable(size, scaleIn(size, width, height))
  })
}

/** Room a one-line heading takes above a grid. */
export const headingRoom = canvas.headingSize * canvas.headingLineHeight + canvas.headingGap

/**
 * Images side by side: a grid laid out on one slide (a `blockquote` node
 * rendered as a `div`), of `columns` columns (2 to 4) when told.
 */
export function imageGrid(images: Paragraph[], columns?: number): Blockquote {
  return {
    type: 'blockquote',
    data: {
      imageGrid: true,
      hName: 'div',
      hProperties: {
        className: columns ? ['image-grid', `columns-${columns}`] : ['image-grid'],
      },
      ...(columns ? { gridColumns: columns } : {}),
    },
    children: images,
  }
}

/**
 * Of a block showing a picture (images, a grid, raw HTML with an `<img>`):
 * the height it shows at on a slide of its own, and whether its size is known.
 */
export function pictureSize(
  node: RootContent,
  sizes: ImageSizes,
): { shown: number; known: boolean } | undefined {
  if ((node.type === 'paragraph' && isImageParagraph(node)) || isImageGrid(node))
    return { shown: imageHeight(node, sizes), known: knownSize(node, sizes) }
  if (node.type === 'html' && showsPicture(node.value)) return htmlPictureHeight(node.value, sizes)
  return undefined
}

/** Whether a block shows a picture: images, a grid of them, raw HTML with an `<img>`. */
export function isPicture(node: RootContent): boolean {
  return pictureSize(node, {}) !== undefined
}
