import type { List, ListItem, Paragraph, PhrasingContent, RootContent, Strong } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { canvas, textLinesOf } from './slide-metrics.js'

/** Paragraphs longer than this many slide lines are prose for the speaker, not the audience. */
const maxSlideParagraphLines = 2

/** List items longer than this many characters show their key sentence; the notes hold them whole. */
const maxItemLength = 160

/** Whether a block is prose to say rather than show: a paragraph of more than two slide lines, without images. */
export function isSpeakerProse(node: RootContent): boolean {
  if (node.type !== 'paragraph' || isImageParagraph(node) || hasImage(node)) return false
  return textLinesOf(plainText(node)) > maxSlideParagraphLines || plainText(node).length > 160
}

/** Whether a paragraph shows only images (and the space between them). */
export function isImageParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const content = node.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break',
  )
  return (
    content.length > 0 &&
    content.every(
      (child) =>
        child.type === 'image' ||
        child.type === 'imageReference' ||
        (child.type === 'link' && child.children.every((inner) => inner.type === 'image')),
    )
  )
}

function hasImage(node: Paragraph): boolean {
  return node.children.some((child) => child.type === 'image' || child.type === 'imageReference')
}

/** A short paragraph ending in a colon, introducing the block after it ("Output:", "运行结果："). */
export function isLeadIn(node: RootContent): boolean {
  return node.type === 'paragraph' && !isSpeakerProse(node) && /[:：]\s*$/u.test(plainText(node))
}

/**
 * Whether a block ends by introducing the block after it: a lead-in, or a
 * list whose last item ends with one (a numbered step "Run it:" above its code).
 */
export function endsWithLeadIn(node: RootContent): boolean {
  if (node.type !== 'list') return isLeadIn(node)
  const last = node.children.at(-1)?.children.at(-1)
  return last !== undefined && isLeadIn(last)
}

/**
 * The key sentence of a paragraph: its bold run-in lead when it opens with
 * one, else its first sentence, cut at a word boundary when long.
 */
export function keySentence(node: Paragraph): PhrasingContent[] {
  const [first] = node.children
  if (first && first.type === 'strong' && plainText(first).trim().length >= 2)
    return [withoutColon(first)]
  const text = plainText(node).replace(/\s+/g, ' ').trim()
  const sentence = /^.{12,}?[.!?。！？；;](?=\s|$|[^\w])/u.exec(text)?.[0] ?? text
  return [{ type: 'text', value: clip(sentence, 110) }]
}

/** A run-in lead without the colon that introduced the rest of its paragraph ("**Debugging:**"). */
function withoutColon(lead: Strong): Strong {
  const last = lead.children.at(-1)
  if (last?.type !== 'text' || !/[:：]\s*$/u.test(last.value)) return lead
  const value = last.value.replace(/\s*[:：]\s*$/u, '')
  return { ...lead, children: [...lead.children.slice(0, -1), { ...last, value }] }
}

function clip(text: string, length: number): string {
  if ([...text].length <= length) return text
  const cut = [...text].slice(0, length).join('')
  const word = cut.replace(/\s+\S*$/u, '')
  return `${word.length > length / 2 ? word : cut}…`
}

/**
 * What a slide whose prose all went to the notes shows instead: the key
 * sentence of each paragraph, as a list, as many as fit.
 */
export function keyPoints(notes: readonly RootContent[], budget: number): List | undefined {
  const items: ListItem[] = []
  let height = 0
  for (const note of notes) {
    if (note.type !== 'paragraph' || items.length >= 4) continue
    const sentence = keySentence(note)
    const lines = textLinesOf(plainText({ type: 'paragraph', children: sentence }), 48)
    const itemHeight = lines * canvas.textSize * canvas.textLineHeight + 12
    if (height + itemHeight > budget - canvas.blockGap) break
    height += itemHeight
    items.push({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: sentence }],
    })
  }
  if (items.length === 0) return undefined
  return {
    type: 'list',
    ordered: false,
    spread: false,
    data: { hProperties: { className: ['key-points'] } },
    children: items,
  }
}

/** A long list item shortened to its key sentence (nested lists kept); `undefined` when it is short. */
export function shortenedItem(item: ListItem): ListItem | undefined {
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph' || plainText(first).length <= maxItemLength || hasImage(first))
    return undefined
  const key = keySentence(first)
  if (plainText({ type: 'paragraph', children: key }).length >= plainText(first).length)
    return undefined
  return {
    ...item,
    children: [
      { type: 'paragraph', children: key },
      ...rest.filter((child) => child.type === 'list'),
    ],
  }
}
