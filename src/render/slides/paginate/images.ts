import type { Blockquote, Paragraph, RootContent } from 'mdast'
import { isImageParagraph } from '../prose.js'
import {
  bodyHeight,
  canvas,
  gridColumns,
  htmlPictureHeight,
  type ImageSizes,
  imageHeight,
  imageSize,
  knownSize,
  readableScale,
  scaleIn,
  showsPicture,
  slideTextWidth,
} from '../slide-metrics.js'
import type { PageOptions } from './page.js'

/** A paragraph of text and images: its text, then each image in a paragraph of its own (a grid, later). */
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
  const text = paragraph.children.filter((child) => !isImage(child))
  const images = paragraph.children.filter(isImage)
  return [
    { ...paragraph, children: text },
    ...images.map((image): Paragraph => ({ type: 'paragraph', children: [image] })),
  ]
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
 * not, and goes on a slide of its own instead.
 */
export function readableInGrid(images: readonly RootContent[], options: PageOptions): boolean {
  const gap = 12
  const columns = gridColumns(images.length)
  const rows = Math.ceil(images.length / columns)
  const width = (slideTextWidth - gap * (columns - 1)) / columns
  const height = (bodyHeight(undefined) - headingRoom - gap * (rows - 1)) / rows
  return images.every((image) => {
    const size = imageSize(image, options.imageSizes)
    return !size || scaleIn(size, width, height) >= readableScale
  })
}

/** Room a one-line heading takes above a grid. */
const headingRoom = canvas.headingSize * canvas.headingLineHeight + canvas.headingGap

/** Images side by side: a grid laid out on one slide (a `blockquote` node rendered as a `div`). */
export function imageGrid(images: Paragraph[]): Blockquote {
  return {
    type: 'blockquote',
    data: { imageGrid: true, hName: 'div', hProperties: { className: ['image-grid'] } },
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
