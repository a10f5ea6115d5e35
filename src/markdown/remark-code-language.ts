import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * Read fence languages case-insensitively: ```` ```Python ```` is `python`.
 * The rest of the info string stays in `meta`, as remark-parse left it, and
 * is kept as written for the highlighter (`data-meta`), whose transformers
 * read expressive-code's `title="a.js" {1,4-6}`; verification may take its
 * own words out of `meta` later.
 */
export function remarkCodeLanguage() {
  return (tree: Root): undefined => {
    visit(tree, 'code', (node) => {
      if (node.lang) node.lang = node.lang.toLowerCase()
      if (node.meta)
        node.data = {
          ...node.data,
          hProperties: { ...node.data?.hProperties, dataMeta: node.meta },
        }
    })
  }
}
