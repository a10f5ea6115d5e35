import type { Html, Paragraph, Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** A heading's start or end tag written in a paragraph's inline HTML. */
const headingTag = /<(\/?)(h[1-6])\b[^>]*>/gi

/**
 * Close, at the end of its paragraph, an HTML heading a paragraph opens and
 * leaves open (`<font color=red><h2>Mind this!</h></font>`, its end tag
 * mistyped). A browser runs such a heading on over every block after it (the
 * picture below, the rest of the post) and a slide then holds only a heading;
 * on the author's site the box it was written in (a Hugo `{{< alert >}}`, a
 * `<div>`) ended it, which a post read here no longer has.
 */
export function remarkInlineHeadings() {
  return (tree: Root): undefined => {
    visit(tree, 'paragraph', (paragraph: Paragraph) => {
      const open: string[] = []
      for (const child of paragraph.children) {
        if (child.type !== 'html') continue
        for (const [, closing, name = ''] of child.value.matchAll(headingTag)) {
          const tag = name.toLowerCase()
          if (!closing) open.push(tag)
          else if (open.includes(tag)) open.splice(open.lastIndexOf(tag), 1)
        }
      }
      const closings: Html[] = open.reverse().map((tag) => ({ type: 'html', value: `</${tag}>` }))
      paragraph.children.push(...closings)
    })
  }
}
