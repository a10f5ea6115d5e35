import type { Html, Root, RootContent } from 'mdast'
import type { Processor } from 'unified'
import { visit } from 'unist-util-visit'

/** An HTML block made of closing tags only, then words on the next lines. */
const closingThenWords = /^((?:[ \t]*<\/[A-Za-z][\w-]*\s*>[ \t]*)+)\n([\s\S]*\S[\s\S]*)$/

/**
 * Read as Markdown the words that follow a closing tag with no blank line
 * between (`</div>` on one line, a paragraph on the next): CommonMark runs an
 * HTML block on to the next blank line, so without this they would be raw
 * HTML text, shown outside any paragraph (on a slide, a heading with bare
 * words that no block holds). The closing tags stay an HTML node of their own.
 *
 * Note: only blocks that open with closing tags; words inside an element
 * (`<div>` then text) are the author's HTML and stay as written.
 */
export function remarkHtmlBlockTail(this: Processor) {
  return (tree: Root): undefined => {
    visit(tree, 'html', (node: Html, index, parent) => {
      const match = closingThenWords.exec(node.value)
      if (!match || !parent || index === undefined) return undefined
      const tags = match[1] ?? ''
      const words = this.parse(match[2] ?? '') as Root
      const start = node.position?.start
      if (start?.offset !== undefined) {
        const line = start.line + tags.split('\n').length - 1
        const offset = start.offset + tags.length + 1
        visit(words, (inner) => {
          for (const point of [inner.position?.start, inner.position?.end]) {
            if (!point) continue
            point.line += line
            if (point.offset !== undefined) point.offset += offset
          }
        })
      }
      const closing: Html = { type: 'html', value: tags.trim() }
      if (node.position) closing.position = node.position
      const blocks = words.children.filter((child) => child.type !== 'yaml') as RootContent[]
      parent.children.splice(index, 1, closing, ...blocks)
      return index + 1 + blocks.length
    })
  }
}
