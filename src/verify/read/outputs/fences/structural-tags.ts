import type { Node } from 'unist'

/** An HTML block of a structural element's tags alone: `</div>`, `<div class="output_wrapper">`. */
const tagsAlone =
  /^(?:\s*<\/?(?:div|section|article|aside|main|header|footer|nav|details|figure|blockquote|span|p)\b[^<>]*>\s*)+$/i

/**
 * Whether a node between a sample and its output is only the page's frame:
 * the tags of block elements with nothing in them, as a Jupyter Book or
 * nbconvert page wraps each cell's input and output (`</div>` then
 * `<div class="output_wrapper" markdown="1">`). A reader sees the output
 * right under the code; a comment (an annotation) or an element holding
 * words or a picture is no such frame.
 */
export function isStructuralHtml(node: Node | undefined): boolean {
  return node?.type === 'html' && tagsAlone.test((node as Node & { value: string }).value)
}
