import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'

const widthDirective = /(?:^|\s)w-(\d{1,3})%(?=\s|$)/u

/**
 * Apply the author's image width convention: `![w-50%](x.webp)` shows the
 * image at 50% of the text width. The directive is removed from the alt text;
 * an image left without a description is reported.
 */
export function remarkImageWidth() {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, 'image', (node) => {
      const match = widthDirective.exec(node.alt ?? '')
      const percent = match ? Number(match[1]) : undefined
      if (match && percent !== undefined && percent > 0 && percent <= 100) {
        node.alt = (node.alt ?? '').replace(match[0], ' ').trim()
        node.data = {
          ...node.data,
          hProperties: { ...node.data?.hProperties, style: `width: ${percent}%` },
        }
      }
      if (!node.alt?.trim()) {
        reportWarning(
          file,
          `Image \`${node.url}\` has no description: write one in its alt text`,
          node.position,
          ruleIds.imageAlt,
        )
      }
    })
  }
}
