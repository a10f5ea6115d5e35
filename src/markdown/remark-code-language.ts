import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { splitLanguageSuffix } from './fence-language-suffix.js'

/**
 * Read fence languages case-insensitively: ```` ```Python ```` is `python`.
 * The rest of the info string stays in `meta`, as remark-parse left it, and
 * is kept as written for the highlighter (`data-meta`), whose transformers
 * read expressive-code's `title="a.js" {1,4-6}`; verification may take its
 * own words out of `meta` later. A VitePress suffix on the language
 * (`js{1,3}`, `js:line-numbers{2}`) and HackMD's (`js=`, `js!`) go to the
 * front of `meta` as the expressive-code options that say the same:
 * fence-language-suffix.ts.
 */
export function remarkCodeLanguage() {
  return (tree: Root): undefined => {
    visit(tree, 'code', (node) => {
      const split = node.lang ? splitLanguageSuffix(node.lang) : undefined
      if (split) {
        node.lang = split.lang
        node.meta = node.meta ? `${split.meta} ${node.meta}` : split.meta
      }
      if (node.lang) node.lang = node.lang.toLowerCase()
      if (node.meta)
        node.data = {
          ...node.data,
          hProperties: { ...node.data?.hProperties, dataMeta: node.meta },
        }
    })
  }
}
