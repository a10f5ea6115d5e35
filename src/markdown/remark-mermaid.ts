import type { Data, Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** A Mermaid diagram's source, drawn in the browser by a local copy of Mermaid. */
export interface Mermaid {
  type: 'mermaid'
  value: string
  data?: Data | undefined
  position?: import('unist').Position | undefined
}

declare module 'mdast' {
  interface BlockContentMap {
    mermaid: Mermaid
  }
  interface RootContentMap {
    mermaid: Mermaid
  }
}

/**
 * Turn ```` ```mermaid ```` fences into diagrams: a `mermaid` block whose
 * HTML is `<div class="mermaid">` holding the source, which the page's and
 * the deck's script draw. A block of its own, so a deck never cuts it in two.
 */
export function remarkMermaid() {
  return (tree: Root): undefined => {
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return
      const diagram: Mermaid = {
        type: 'mermaid',
        value: node.value,
        position: node.position,
        data: {
          hName: 'div',
          hProperties: { className: ['mermaid'] },
          hChildren: [{ type: 'text', value: node.value }],
        },
      }
      parent.children[index] = diagram
    })
  }
}
