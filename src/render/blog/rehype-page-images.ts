import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/**
 * Prepare the page's images for reading: their pixel size as `width` and
 * `height` (so the page does not jump while they load), lazy loading, and a
 * `<figure>` with the image's title as caption when an image with a title
 * stands alone in its paragraph.
 */
export function rehypePageImages(options: { enabled: boolean }) {
  return (tree: Root, file: VFile): undefined => {
    if (!options.enabled) return
    const sizes = file.data.imageSizes ?? {}
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img') {
        const src = typeof node.properties.src === 'string' ? safeDecode(node.properties.src) : ''
        const size = sizes[src]
        if (size) Object.assign(node.properties, { width: size.width, height: size.height })
        Object.assign(node.properties, { loading: 'lazy', decoding: 'async' })
        return
      }
      if (node.tagName !== 'p' || index === undefined || !parent) return
      const content = node.children.filter(
        (child) => !(child.type === 'text' && child.value.trim() === ''),
      )
      const [image] = content
      if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return
      const title = image.properties.title
      if (typeof title !== 'string' || title === '') return
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [
          image,
          {
            type: 'element',
            tagName: 'figcaption',
            properties: {},
            children: [{ type: 'text', value: title }],
          },
        ],
      }
    })
  }
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}
