import GithubSlugger from 'github-slugger'
import type { Root } from 'mdast'
import { toString as headingText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

declare module 'mdast' {
  interface HeadingData {
    /** The heading's anchor on the page, as GitHub makes it (CJK kept). */
    id?: string
  }
}

/**
 * Give every heading the id GitHub would (github-slugger, CJK kept), fresh
 * for each post, so the page, its table of contents and the deck's links
 * back to the page agree.
 */
export function remarkHeadingIds() {
  return (tree: Root): undefined => {
    const slugger = new GithubSlugger()
    visit(tree, 'heading', (node) => {
      const id = slugger.slug(headingText(node))
      node.data = { ...node.data, id, hProperties: { ...node.data?.hProperties, id } }
    })
  }
}
