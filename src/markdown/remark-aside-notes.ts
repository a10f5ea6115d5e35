import type { BlockContent, Blockquote, Html, Root, RootContent, Text } from 'mdast'
import type { Processor } from 'unified'
import { visit } from 'unist-util-visit'

/**
 * An `<aside>` side note written as a block: its start tag alone on the first
 * line, its end tag alone on the last, words between (no other block of HTML).
 */
const asideBlock = /^<aside(\s[^>]*)?>[ \t]*\n([\s\S]*?\S[\s\S]*?)\n[ \t]*<\/aside\s*>[ \t]*$/i

/** A tag of a block element inside the words: the author's HTML, left as written. */
const blockTag =
  /<\/?(?:div|p|table|ul|ol|li|pre|section|article|aside|figure|h[1-6]|blockquote|details)\b/i

/** A footnote reference as written, `[^10]`. */
const footnoteCall = /\[\^([^\]\s]+)\]/g

/**
 * Read an author's `<aside>` side note written as a block as Markdown, as
 * Jekyll blogs writing them expect (kramdown's `parse_block_html`): its
 * emphasis, links and footnote references (`[^10]`, to a definition of the
 * post) are shown as such on the page and the deck, not as their source. It
 * becomes a block of paragraphs rendered as the same `<aside>` (its class
 * kept), so the deck can shorten a long one as it does a long quotation.
 *
 * Note: a side note holding block HTML (`<div>`, `<p>`) stays the author's
 * HTML, as written.
 */
export function remarkAsideNotes(this: Processor) {
  return (tree: Root): undefined => {
    const defined = new Set<string>()
    visit(tree, 'footnoteDefinition', (node) => {
      defined.add(node.identifier.toLowerCase())
    })
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return undefined
      const match = asideBlock.exec(node.value)
      const inner = match?.[2]
      if (!match || inner === undefined || blockTag.test(inner)) return undefined
      const words = (this.parse(inner) as Root).children.filter(
        (child) => child.type !== 'yaml',
      ) as RootContent[]
      if (words.length === 0) return undefined
      for (const block of words) delete block.position
      visit({ type: 'root', children: words } as Root, 'text', (text, at, holder) => {
        if (!holder || at === undefined) return undefined
        const parts = referencesIn(text, defined)
        if (parts.length === 1) return undefined
        holder.children.splice(at, 1, ...(parts as Text[]))
        return at + parts.length
      })
      const aside: Blockquote = {
        type: 'blockquote',
        children: words as BlockContent[],
        data: { hName: 'aside', hProperties: classOf(match[1] ?? '') },
      }
      if (node.position) aside.position = node.position
      parent.children.splice(index, 1, aside)
      return index + 1
    })
  }
}

/** A text cut around the footnote references it holds to definitions of the post. */
function referencesIn(text: Text, defined: ReadonlySet<string>): RootContent[] {
  const out: RootContent[] = []
  let last = 0
  for (const match of text.value.matchAll(footnoteCall)) {
    const label = match[1] ?? ''
    if (!defined.has(label.toLowerCase())) continue
    if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) })
    out.push({ type: 'footnoteReference', identifier: label.toLowerCase(), label })
    last = match.index + match[0].length
  }
  if (out.length === 0) return [text]
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) })
  return out
}

/** The class of the start tag's attributes, as hast properties. */
function classOf(attributes: string): { className?: string[] } {
  const match = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes)
  const names = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').split(/\s+/).filter(Boolean)
  return names.length > 0 ? { className: names } : {}
}
