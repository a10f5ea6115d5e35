import type { Html, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Processor } from 'unified'
import { visit } from 'unist-util-visit'

/** An HTML block made of closing tags or line breaks (`<br>`) only, then words on the next lines. */
const closingThenWords =
  /^((?:[ \t]*(?:<\/[A-Za-z][\w-]*\s*>|<br\s*\/?>)[ \t]*)+)\n([\s\S]*\S[\s\S]*)$/i

/** A footnote reference in words, `[^label]`. */
const footnoteReference = /\[\^([^\]\s]+)\]/g

/**
 * An HTML block that is one inline element wrapping lines of Markdown: its
 * start tag alone on the first line, its end tag alone on the last
 * (`<a href="big.png">`, `![shot](small.png)`, `</a>`).
 */
const phrasingWrapper =
  /^(<(a|span|b|strong|i|em|small|big|u|s|mark|sub|sup|abbr|cite|q|font)(?:\s[^>]*)?>)[ \t]*\n([\s\S]*?\S[\s\S]*?)\n[ \t]*(<\/\2\s*>)[ \t]*$/i

/**
 * Read as Markdown what CommonMark leaves inside an HTML block but the
 * author's engine (kramdown, Hugo's Goldmark with its defaults aside) and a
 * reader take as Markdown:
 * - the words that follow a closing tag with no blank line between (`</div>`
 *   on one line, a paragraph on the next), or a line break alone on its line
 *   (`<br>` above a paragraph, for space): CommonMark runs an HTML block on
 *   to the next blank line, so without this they would be raw HTML text,
 *   shown outside any paragraph (on a slide, a heading with bare words that
 *   no block holds, its `**bold**` and `[^1]` as typed). The tags stay an
 *   HTML node of their own;
 * - an inline element wrapping Markdown on lines of its own (`<a href>`, an
 *   image written `![alt](src)`, `</a>`): kramdown reads it as a paragraph
 *   holding the element, so the page shows the picture, not its source. A
 *   link becomes a Markdown link (the picture links to its full size), other
 *   elements stay as inline HTML around the words.
 *
 * Note: only these two shapes; words inside a block element (`<div>` then
 * text) are the author's HTML and stay as written, as does an inline element
 * holding no Markdown (`<a>` around an `<img>`).
 */
export function remarkHtmlBlockTail(this: Processor) {
  const parseAt = (text: string, node: Html, lines: number, characters: number): Root => {
    // Footnote references (`[^2]`) are read as such: their definitions are in the post, stand-ins here.
    const labels = [...new Set(Array.from(text.matchAll(footnoteReference), (match) => match[1]))]
    const standIns = labels.map((label) => `\n\n[^${label}]: .`).join('')
    const words = this.parse(text + standIns) as Root
    const read = new Set(labels)
    words.children = words.children.filter(
      (child) =>
        !(child.type === 'footnoteDefinition' && read.has(child.label ?? child.identifier)),
    )
    const start = node.position?.start
    if (start?.offset === undefined) return words
    const line = start.line + lines
    const offset = start.offset + characters
    visit(words, (inner) => {
      for (const point of [inner.position?.start, inner.position?.end]) {
        if (!point) continue
        point.line += line - 1
        if (point.offset !== undefined) point.offset += offset
      }
    })
    return words
  }
  return (tree: Root): undefined => {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return undefined
      const wrapped = phrasingWrapper.exec(node.value)
      if (wrapped) {
        const [, open = '', , inner = '', close = ''] = wrapped
        const words = parseAt(inner, node, 1, node.value.indexOf(inner, open.length))
        const [paragraph, ...others] = words.children
        if (paragraph?.type !== 'paragraph' || others.length > 0 || !holdsMarkdown(paragraph))
          return undefined
        const block: Paragraph = {
          type: 'paragraph',
          children: wrap(open, trimmed(paragraph.children), close),
        }
        if (node.position) block.position = node.position
        parent.children.splice(index, 1, block)
        return index + 1
      }
      const match = closingThenWords.exec(node.value)
      if (!match) return undefined
      const tags = match[1] ?? ''
      const words = parseAt(match[2] ?? '', node, tags.split('\n').length, tags.length + 1)
      const closing: Html = { type: 'html', value: tags.trim() }
      if (node.position) closing.position = node.position
      const blocks = words.children.filter((child) => child.type !== 'yaml') as RootContent[]
      parent.children.splice(index, 1, closing, ...blocks)
      return index + 1 + blocks.length
    })
  }
}

/** Whether a paragraph holds Markdown: something other than plain text, breaks and inline HTML. */
function holdsMarkdown(paragraph: Paragraph): boolean {
  return paragraph.children.some(
    (child) => child.type !== 'text' && child.type !== 'html' && child.type !== 'break',
  )
}

/** Phrasing content without the blank space at its ends. */
function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children]
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() }
  const last = out.at(-1)
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out.filter((child) => !(child.type === 'text' && child.value === ''))
}

/** The words inside the element: a Markdown link for `<a href>`, else the tags as inline HTML around them. */
function wrap(open: string, children: PhrasingContent[], close: string): PhrasingContent[] {
  const href = /^<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(open)
  if (href && !children.some((child) => child.type === 'link')) {
    const title = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(open)
    const link: Link = {
      type: 'link',
      url: decode(href[1] ?? href[2] ?? href[3] ?? ''),
      title: title ? decode(title[1] ?? title[2] ?? '') : null,
      children: children as Link['children'],
    }
    return [link]
  }
  return [{ type: 'html', value: open }, ...children, { type: 'html', value: close }]
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
