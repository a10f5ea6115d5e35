import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * Read fence languages case-insensitively: ```` ```Python ```` is `python`.
 * The rest of the info string stays in `meta`, as remark-parse left it.
 */
export function remarkCodeLanguage() {
  return (tree: Root): undefined => {
    visit(tree, 'code', (node) => {
      if (node.lang) node.lang = node.lang.toLowerCase()
    })
  }
}
