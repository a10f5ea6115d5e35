import type { Root as HastRoot } from 'hast'
import { type NodeHandle, toMdast } from 'hast-util-to-mdast'
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import rehypeRaw from 'rehype-raw'
import remarkRehype from 'remark-rehype'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'

/**
 * Elements whose words a slide shows as Markdown's paragraphs, lists and
 * phrasing; HTML holding any other (a picture, a table, a heading, a form)
 * is not prose.
 */
const proseElements = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'br',
  'cite',
  'code',
  'div',
  'em',
  'font',
  'i',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'ul',
])

/** Markdown phrasing that goes to HTML and back unchanged; other nodes are passed through as they are. */
const roundTripped = new Set(['text', 'html', 'strong', 'emphasis', 'inlineCode', 'link', 'break'])

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
 * and a line of dashes a divider. The HTML is read by the page's parser
 * (parse5) and turned into Markdown by `hast-util-to-mdast`.
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

/**
 * The paragraphs of a Markdown paragraph that `<br><br>` separates, its
 * inline HTML (`<b>`, `<i>`, `<br>`) read as Markdown; itself otherwise.
 * Markdown that has no HTML form of its own (a footnote reference, math)
 * is kept as it is.
 */
function splitParagraph(paragraph: Paragraph): Paragraph[] {
  if (!paragraph.children.some((child) => child.type === 'html' && /^<br\b/i.test(child.value)))
    return [paragraph]
  const [read] = markdownOf(paragraph) ?? []
  if (read?.type !== 'paragraph') return [paragraph]
  const parts = paragraphsOf(read.children)
  if (parts.length < 2) return [paragraph]
  return parts.map((part) => withPosition({ ...paragraph, children: part }, paragraph))
}

/**
 * A Markdown node's HTML read by the page's parser (parse5, through
 * rehype-raw) and given back as Markdown by `hast-util-to-mdast`, positions
 * dropped (they would point into the HTML). Markdown with no HTML form of
 * its own (a footnote reference, math) passes through as it is. `accept`
 * may refuse the HTML read.
 */
function markdownOf(
  node: RootContent,
  accept: (hast: HastRoot) => boolean = () => true,
): RootContent[] | undefined {
  const passThrough: Nodes['type'][] = []
  visit(node, (child) => {
    if (child !== node && !roundTripped.has(child.type)) passThrough.push(child.type)
  })
  const file = new VFile()
  const { position: _, ...unplaced } = node
  const root: Root = { type: 'root', children: [unplaced as RootContent] }
  const html = remarkRehype({ allowDangerousHtml: true, passThrough })(root, file) as HastRoot
  const hast = rehypeRaw({ passThrough })(html, file)
  if (!accept(hast)) return undefined
  const keep: NodeHandle = (_, kept) => kept
  const tree = toMdast(hast, {
    nodeHandlers: Object.fromEntries(passThrough.map((type) => [type, keep])),
  }) as Root
  visit(tree, (child) => {
    delete child.position
  })
  return tree.children
}

/** HTML of nothing but text, inline elements, paragraphs and lists. */
function isProse(hast: HastRoot): boolean {
  let prose = true
  visit(hast, 'element', (element) => {
    if (!proseElements.has(element.tagName)) prose = false
  })
  return prose
}

/**
 * Phrasing content cut into paragraphs where two line breaks or more follow
 * each other; breaks and blank space at the ends of each paragraph dropped,
 * empty ones left out.
 */
function paragraphsOf(phrasing: readonly PhrasingContent[]): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [[]]
  let breaks: PhrasingContent[] = []
  for (const child of phrasing) {
    if (child.type === 'break' || (child.type === 'text' && child.value.trim() === '')) {
      breaks.push(child)
      continue
    }
    if (breaks.filter((node) => node.type === 'break').length >= 2) parts.push([])
    else parts.at(-1)?.push(...breaks)
    breaks = []
    parts.at(-1)?.push(child)
  }
  return parts.map(trimPhrasing).filter((part) => part.length > 0)
}

function trimPhrasing(part: PhrasingContent[]): PhrasingContent[] {
  const out = [...part]
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
  const blocks = markdownOf({ type: 'html', value: html }, isProse)?.flatMap(
    (block): RootContent[] =>
      block.type === 'paragraph'
        ? paragraphsOf(block.children).map((children) => ({ type: 'paragraph', children }))
        : [block],
  )
  if (!blocks || blocks.length < 2) return undefined
  const text = blocks.reduce((total, block) => total + plainText(block).length, 0)
  return text >= proseLength ? blocks : undefined
}
