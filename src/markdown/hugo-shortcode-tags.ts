import type { Parent, PhrasingContent, Root, Text } from 'mdast'
import { visit } from 'unist-util-visit'
import { shortcodeImageFrom } from './remark-foreign-syntax.js'

/** An HTML tag as CommonMark reads one: `<notice type="danger">`, `</notice>`, `<youtube id>`. */
const tag = /^<\/?[A-Za-z][\w.-]*(?:\s[^<>]*)?\/?>$/

/**
 * Hugo shortcodes written with no space after `{{<` (`{{<notice type="danger">}}`,
 * `{{</notice>}}`, `{{<youtube id>}}`), as Hugo accepts them: CommonMark reads
 * the `<…>` as an inline HTML tag between two texts, `{{` and `}}`. Each such
 * call is joined back into the text it was written as, so it is read like any
 * other shortcode; an image shortcode among others (`{{<img src="a.jpg">}}`
 * inside a `{{<gallery>}}`) becomes its image. Code is never touched (it holds
 * no HTML nodes).
 */
export function joinShortcodeTags(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node) || node.type === 'root') return
    const children = (node as Parent).children as PhrasingContent[]
    for (let index = 1; index < children.length - 1; index++) {
      const before = children[index - 1]
      const html = children[index]
      const after = children[index + 1]
      if (html?.type !== 'html' || !tag.test(html.value)) continue
      if (before?.type !== 'text' || !/\{\{$/.test(before.value)) continue
      if (after?.type !== 'text' || !/^\}\}/.test(after.value)) continue
      const image = shortcodeImageFrom(`{{${html.value}}}`)
      if (image) {
        if (html.position) image.position = html.position
        before.value = before.value.slice(0, -2)
        after.value = after.value.slice(2)
        children.splice(index, 1, image)
        continue
      }
      const joined: Text = { type: 'text', value: before.value + html.value + after.value }
      if (before.position && after.position)
        joined.position = { start: before.position.start, end: after.position.end }
      children.splice(index - 1, 3, joined)
      index -= 1
    }
  })
}
