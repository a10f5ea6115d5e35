import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** Link from the page to its deck, when the post has one; set by the page renderer. */
    deckHref: string
  }
}

/**
 * Give each section heading of the page (h2–h6 with an id) a visible anchor
 * link and, when the post has a deck, a "Present from here" link to the
 * slide that section starts.
 */
export function rehypeSectionLinks(options: { enabled: boolean }) {
  return (tree: Root, file: VFile): undefined => {
    if (!options.enabled) return
    const deckHref = file.data.deckHref
    const words = file.data.words
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return
      const id = node.properties.id
      // The footnotes' heading is the page's alone: no slide starts there.
      if (typeof id !== 'string' || id === '' || id === 'footnote-label') return
      const fragment = encodeURIComponent(id)
      node.children.push(
        link(`#${fragment}`, 'heading-anchor', '#', words?.linkToSection ?? 'Link to this section'),
      )
      if (deckHref)
        node.children.push(
          link(
            `${deckHref}#/${fragment}`,
            'present-link',
            words?.presentFromHere ?? 'Present from here',
          ),
        )
    })
  }
}

function link(href: string, className: string, text: string, label?: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href, className: [className], ...(label ? { ariaLabel: label } : {}) },
    children: [{ type: 'text', value: text }],
  }
}
