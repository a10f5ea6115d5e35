import type { Element, ElementContent, RootContent as HastContent } from 'hast'
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import rehypeRaw from 'rehype-raw'
import { VFile } from 'vfile'

/** The HTML parser the page uses (parse5, through rehype-raw), for a block of HTML alone. */
const parseRaw = rehypeRaw()

/** Inline elements whose words a slide shows as they are; their markup beyond bold, italic, code and links is not kept. */
const inlineElements = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
])

/** An HTML block of this much text or more, in paragraphs, is prose to read like Markdown's. */
const proseLength = 200

/**
 * The blocks of a post as the deck reads them: prose written in HTML, its
 * paragraphs separated by `<br><br>` or written as `<p>`s (an answer pasted
 * from a Q&A site), becomes Markdown paragraphs and lists, so the slides
 * treat it as other text (long paragraphs to the notes, their key sentences
 * or bold leads on the slide) instead of one block no slide holds. The same
 * for a Markdown paragraph whose lines `<br><br>` separate. Inline `<b>` and
 * `<i>` around words become bold and italic, which the slides read as leads;
 * in a post with no heading, a short bold line of such prose is a heading,
 * and a line of dashes a divider.
 *
 * Note: for the deck only; the page keeps the HTML as the author wrote it.
 * HTML holding anything but text, inline elements, paragraphs and lists (a
 * picture, a table, a heading, a form) is left as it is.
 */
export function readHtmlProse(nodes: readonly RootContent[]): RootContent[] {
  const read = new Set<RootContent>()
  const out = nodes.flatMap((node) => {
    const blocks =
      node.type === 'paragraph'
        ? splitParagraph(node)
        : node.type === 'html'
          ? htmlBlocks(node.value)?.map((block) => withPosition(block, node))
          : undefined
    if (!blocks || (blocks.length === 1 && blocks[0] === node)) return [node]
    for (const block of blocks) read.add(block)
    return blocks.map(asDivider)
  })
  // An essay with no heading of its own: its short bold lines are its headings.
  if (out.some((node) => node.type === 'heading')) return out
  return out.map((node) => (read.has(node) ? (asHeading(node) ?? node) : node))
}

/** A line of dashes (`<br>------------`) as the divider it draws. */
function asDivider(node: RootContent): RootContent {
  if (node.type !== 'paragraph' || !/^\s*[-=_*]{3,}\s*$/.test(plainText(node))) return node
  return withPosition({ type: 'thematicBreak' }, node)
}

/** A paragraph of nothing but a short bold phrase (`<b>入门篇</b>`), not a sentence, as a heading. */
function asHeading(node: RootContent): Heading | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined
  const [only] = node.children
  const text = plainText(node).trim()
  if (only?.type !== 'strong' || text.length > 40 || /[。．.!！?？:：;；，,]$/u.test(text))
    return undefined
  return withPosition({ type: 'heading', depth: 2, children: only.children }, node)
}

function withPosition<T extends RootContent>(block: T, from: RootContent): T {
  return from.position ? { ...block, position: from.position } : block
}

/** The paragraphs of a Markdown paragraph that `<br><br>` separates, its `<b>` and `<i>` read; itself otherwise. */
function splitParagraph(paragraph: Paragraph): Paragraph[] {
  if (!paragraph.children.some((child) => child.type === 'html' && isBreak(child.value)))
    return [paragraph]
  const phrasing: PhrasingContent[] = inlineMarkup(
    paragraph.children.map((child) =>
      child.type === 'html' && isBreak(child.value) ? { type: 'break' } : child,
    ),
  )
  const parts = paragraphsOf(phrasing)
  if (parts.length < 2) return [paragraph]
  return parts.map((part) => withPosition({ ...paragraph, children: part }, paragraph))
}

function isBreak(html: string): boolean {
  return /^<br\s*\/?>$/i.test(html.trim())
}

/** `<b>`/`<strong>` and `<i>`/`<em>` written as inline HTML around plain text, as Markdown's bold and italic. */
function inlineMarkup(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (let index = 0; index < children.length; index++) {
    const open = children[index]
    const text = children[index + 1]
    const close = children[index + 2]
    const tag = open?.type === 'html' ? /^<(b|strong|i|em)>$/i.exec(open.value)?.[1] : undefined
    if (
      tag &&
      text?.type === 'text' &&
      close?.type === 'html' &&
      close.value.toLowerCase() === `</${tag.toLowerCase()}>`
    ) {
      const bold = /^(b|strong)$/i.test(tag)
      out.push({ type: bold ? 'strong' : 'emphasis', children: [text] })
      index += 2
    } else if (open) out.push(open)
  }
  return out
}

/**
 * Phrasing content cut into paragraphs where two line breaks or more follow
 * each other (blank space between them aside); blank space and breaks at the
 * ends of each paragraph dropped, empty ones left out.
 */
function paragraphsOf(phrasing: readonly PhrasingContent[]): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [[]]
  let breaks: PhrasingContent[] = []
  for (const child of phrasing) {
    if (child.type === 'break') breaks.push(child)
    else if (child.type === 'text' && child.value.trim() === '' && breaks.length > 0)
      breaks.push(child)
    else {
      const count = breaks.filter((node) => node.type === 'break').length
      if (count >= 2) parts.push([])
      else parts.at(-1)?.push(...breaks)
      breaks = []
      parts.at(-1)?.push(child)
    }
  }
  return parts.map(trimPhrasing).filter((part) => part.length > 0)
}

function trimPhrasing(part: PhrasingContent[]): PhrasingContent[] {
  const out = [...part]
  const blank = (node: PhrasingContent | undefined) =>
    node !== undefined &&
    (node.type === 'break' || (node.type === 'text' && node.value.trim() === ''))
  while (blank(out[0])) out.shift()
  while (blank(out.at(-1))) out.pop()
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() }
  const last = out.at(-1)
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out
}

/**
 * The Markdown blocks of a block of HTML prose: paragraphs and lists;
 * `undefined` when it is not prose (too little text, no paragraph breaks, or
 * an element a slide cannot show as words).
 */
function htmlBlocks(html: string): RootContent[] | undefined {
  if (!/<br\b|<p\b/i.test(html)) return undefined
  const tree = parseRaw({ type: 'root', children: [{ type: 'raw', value: html }] }, new VFile())
  const blocks = blocksOf(tree.children)
  if (!blocks || blocks.length < 2) return undefined
  const text = blocks.reduce((total, block) => total + plainText(block).length, 0)
  return text >= proseLength ? blocks : undefined
}

/** Blocks of HTML nodes: runs of inline content make paragraphs, `<p>` and `<div>` their own, `<ul>`/`<ol>` lists. */
function blocksOf(nodes: readonly HastContent[]): RootContent[] | undefined {
  const blocks: RootContent[] = []
  let run: PhrasingContent[] = []
  const flush = () => {
    for (const children of paragraphsOf(run)) blocks.push({ type: 'paragraph', children })
    run = []
  }
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue
    if (node.type === 'text') {
      run.push({ type: 'text', value: node.value })
      continue
    }
    if (node.type !== 'element') return undefined
    if (node.tagName === 'br' || inlineElements.has(node.tagName)) {
      const phrasing = phrasingOf(node)
      if (!phrasing) return undefined
      run.push(...phrasing)
      continue
    }
    flush()
    if (node.tagName === 'p' || node.tagName === 'div') {
      const inner = blocksOf(node.children)
      if (!inner) return undefined
      blocks.push(...inner)
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      const list = listOf(node)
      if (!list) return undefined
      blocks.push(list)
    } else return undefined
  }
  flush()
  return blocks
}

/** A list of `<li>` items, each its words as a paragraph. */
function listOf(element: Element): List | undefined {
  const items: ListItem[] = []
  for (const child of element.children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (child.type !== 'element' || child.tagName !== 'li') return undefined
    const inner = blocksOf(child.children)
    if (!inner || inner.some((block) => block.type !== 'paragraph')) return undefined
    items.push({ type: 'listItem', spread: false, children: inner as Paragraph[] })
  }
  return { type: 'list', ordered: element.tagName === 'ol', spread: false, children: items }
}

/** The words of an inline element as Markdown: bold, italic, code and links kept; `undefined` for other content. */
function phrasingOf(node: ElementContent): PhrasingContent[] | undefined {
  if (node.type === 'text') return [{ type: 'text', value: node.value }]
  if (node.type !== 'element') return node.type === 'comment' ? [] : undefined
  if (node.tagName === 'br') return [{ type: 'break' }]
  if (!inlineElements.has(node.tagName)) return undefined
  const children: PhrasingContent[] = []
  for (const child of node.children) {
    const inner = phrasingOf(child)
    if (!inner) return undefined
    children.push(...inner)
  }
  if (children.length === 0 && node.tagName !== 'a') return []
  switch (node.tagName) {
    case 'b':
    case 'strong':
      return [{ type: 'strong', children }]
    case 'i':
    case 'em':
      return [{ type: 'emphasis', children }]
    case 'code':
    case 'kbd':
      return [{ type: 'inlineCode', value: plainText({ type: 'paragraph', children }) }]
    case 'a': {
      const href = node.properties.href
      return typeof href === 'string' ? [{ type: 'link', url: href, children }] : children
    }
    default:
      return children
  }
}
