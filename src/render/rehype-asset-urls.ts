import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

const urlProperties = ['src', 'href', 'poster'] as const

/**
 * Point the URLs of raw HTML (`<img src>`, `<video poster>`, `<source src>`,
 * `<a href>`) at the copies `remarkCollectAssets` planned, as Markdown's own
 * images and links already are. `prefix` leads from the HTML's folder to the
 * page's: `../` for a deck.
 */
export function rehypeAssetUrls(options: { prefix?: string } = {}) {
  const prefix = options.prefix ?? ''
  return (tree: Root, file: VFile): undefined => {
    const paths = file.data.htmlAssetPaths
    if (!paths || Object.keys(paths).length === 0) return
    visit(tree, 'element', (node) => {
      for (const name of urlProperties) {
        const value = node.properties[name]
        if (typeof value !== 'string') continue
        const output = paths[value] ?? paths[value.trim()]
        if (output !== undefined) node.properties[name] = prefix + output
      }
    })
  }
}
