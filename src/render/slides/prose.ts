import type {
  Blockquote,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
} from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { canvas } from './slide-canvas.js'
import { textLinesOf } from './slide-metrics.js'

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
  // Its words, not its inline HTML: "<font color=red><i>More:</i></font>" ends in a colon too.
  return (
    node.type === 'paragraph' &&
    !isSpeakerProse(node) &&
    /[:：]\s*$/u.test(plainText(node, { includeHtml: false }))
  )
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
 * one, else its first sentence; a long one is cut at a clause boundary (a
 * comma, a semicolon, a dash), a word boundary only when it has none. Math,
 * code and links in it are kept as they are.
 */
export function keySentence(node: Paragraph): PhrasingContent[] {
  const [first] = node.children
  if (first && first.type === 'strong' && plainText(first).trim().length >= 2)
    return [withoutColon(first)]
  const children = trimmedStart(node.children)
  const text = plainText({ type: 'paragraph', children })
  const sentence = firstSentence(text)
  const end = sentence.trimEnd().length
  if (end <= maxSentenceLength) return cutPhrasing(children, end, false)
  return cutPhrasing(children, clauseEnd(sentence), true)
}

/**
 * Sentence boundaries by Unicode's rules (UAX #29, through ICU): no break
 * after an abbreviation followed by a lower-case word ("a.k.a. the", "e.g.
 * pandas"), nor inside a number or a file name.
 */
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * The first sentence of `text` of a dozen characters or more (its line breaks
 * read as spaces, the length kept), ending where
 * every bracket and double quote opened in it is closed ("(ha! who knew)"
 * stays one sentence); a semicolon outside brackets ends it too. The whole
 * text when no sentence ends.
 */
function firstSentence(text: string): string {
  let sentence = ''
  // A line break inside a paragraph is a soft wrap, not the end of a sentence (UAX #29 ends one at every line break).
  const segments = [...sentences.segment(text.replace(/[\r\n]/g, ' '))].map(
    ({ segment }) => segment,
  )
  for (const [index, segment] of segments.entries()) {
    sentence += segment
    // A stop with a word right after it starts that word (`.NET`, `.Config`); UAX #29 ends a sentence
    // there when a space comes before the stop and a capital after it.
    if (segment.endsWith('.') && /^[\p{L}\p{N}_]/u.test(segments[index + 1] ?? '')) continue
    if (sentence.trim().length >= 12 && openBrackets(sentence) === 0) break
  }
  const semicolon = /[;；](?=\s|$|[^\w])/gu
  const ends = [
    ...[...sentence.matchAll(semicolon)].map((match) => ({ at: match.index + 1, least: 12 })),
    // Thai, Lao, Khmer and Burmese put no space between words: a space there ends a sentence or a
    // clause, as a stop does elsewhere (UAX #29 finds no end in them); a clause too short to say
    // much ("On 23 October", a given name before its surname) goes on to the next.
    ...[...sentence.matchAll(spaceBetweenUnspacedWords)].map((match) => ({
      at: match.index,
      least: 48,
    })),
  ].sort((one, other) => one.at - other.at)
  for (const { at, least } of ends) {
    const head = sentence.slice(0, at)
    if (head.length >= least && openBrackets(head) === 0) return head
  }
  return sentence
}

/** Letters of the scripts written with no space between words. */
const unspaced = '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}'

/** A space between two letters of a script written with no space between words. */
const spaceBetweenUnspacedWords = new RegExp(`(?<=[${unspaced}])\\s+(?=[${unspaced}])`, 'gu')

/** Word boundaries by Unicode's rules, with a dictionary for Thai, Lao, Khmer and Burmese. */
const words = new Intl.Segmenter('th', { granularity: 'word' })

/** Where the last word of `text` written in such a script ends; `undefined` in other scripts. */
function lastWordEnd(text: string): number | undefined {
  if (!new RegExp(`[${unspaced}]`, 'u').test(text)) return undefined
  let end: number | undefined
  for (const { index } of words.segment(text)) if (index > 0) end = index
  return end
}

const openers = '([{（［｛【「『《〈“'
const closers = ')]}）］｝】」』》〉”'

/** How many brackets and double quotes are open at the end of `text`. */
function openBrackets(text: string): number {
  let depth = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (openers.includes(char)) depth++
    else if (closers.includes(char) && depth > 0) depth--
  }
  return depth + (quoted ? 1 : 0)
}

/** A first sentence up to this long is kept whole. */
const maxSentenceLength = 140

/** Where to cut a long sentence: after its last clause within the limit, else at a word boundary. */
function clauseEnd(sentence: string): number {
  const head = sentence.slice(0, 110)
  const clause = /^[\s\S]*[,，、:：—–](?=\s|[^\w])/u.exec(head)?.[0]
  if (clause && clause.length >= 40) return clause.replace(/[,，、:：—–]$/u, '').trimEnd().length
  const word = head.replace(/\s+\S*$/u, '')
  if (word.length > 55 && word.length < head.length) return word.length
  // In a script with no space between words, after the last word the room holds.
  const end = lastWordEnd(sentence.slice(0, head.length + 1))
  if (end !== undefined && end > 55) return end
  return word.length > 55 ? word.length : head.length
}

function trimmedStart(children: readonly PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children
  return first?.type === 'text'
    ? [{ ...first, value: first.value.trimStart() }, ...rest]
    : [...children]
}

/**
 * The phrasing content up to `length` characters of its text: text cut
 * there (line breaks as spaces), other nodes (math, code, links) kept whole
 * when they start before it, and `…` after when `clipped`.
 */
function cutPhrasing(
  children: readonly PhrasingContent[],
  length: number,
  clipped: boolean,
): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let used = 0
  for (const child of children) {
    if (used >= length) break
    const size = plainText(child).length
    if (child.type === 'text') {
      out.push({ type: 'text', value: child.value.slice(0, length - used).replace(/\s+/g, ' ') })
    } else if (child.type !== 'break') out.push(child)
    used += size
  }
  const last = out.at(-1)
  if (last?.type === 'text') last.value = last.value.trimEnd()
  if (clipped) {
    if (last?.type === 'text') last.value += '…'
    else out.push({ type: 'text', value: '…' })
  }
  return out
}

/** A run-in lead without the colon that introduced the rest of its paragraph ("**Debugging:**"). */
function withoutColon(lead: Strong): Strong {
  const last = lead.children.at(-1)
  if (last?.type !== 'text' || !/[:：]\s*$/u.test(last.value)) return lead
  const value = last.value.replace(/\s*[:：]\s*$/u, '')
  return { ...lead, children: [...lead.children.slice(0, -1), { ...last, value }] }
}

/** The class of the list `keyPoints` makes. */
const keyPointsClass = 'key-points'

/** Whether a block is the list of key sentences `keyPoints` made of prose gone to the notes. */
export function isKeyPoints(node: RootContent): boolean {
  if (node.type !== 'list') return false
  const className = node.data?.hProperties?.className
  return Array.isArray(className) && className.includes(keyPointsClass)
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
    data: { hProperties: { className: [keyPointsClass] } },
    children: items,
  }
}

/**
 * A long list item shortened to its key sentence; `undefined` when it is
 * short. Its words go to the notes (`isItemWords`); what it shows stays: its
 * nested lists, code, tables, math and pictures, each with the short line
 * right above it that introduces it ("we can use the following command").
 */
export function shortenedItem(item: ListItem, likeSiblings = false): ListItem | undefined {
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph' || hasImage(first)) return undefined
  const long = plainText(first).length > maxItemLength
  const key = long ? itemKey(first) : titledKey(first, rest, likeSiblings)
  if (!key) return undefined
  if (long && plainText({ type: 'paragraph', children: key }).length >= plainText(first).length)
    return undefined
  const shown = rest.filter(
    (child, index) =>
      !isItemWords(child) ||
      (plainText(child).length <= maxItemLength &&
        rest[index + 1] !== undefined &&
        !isItemWords(rest[index + 1] as RootContent)),
  )
  return { ...item, children: [{ type: 'paragraph', children: key }, ...shown] }
}

/**
 * The key of an item whose first paragraph is short and whose paragraphs under
 * it are long (`- **Fast Initial Load**` over a paragraph of 400 characters,
 * as release notes and guides write a list of features): a title (a short
 * line with no stop: a bold label, a feature's name) followed by the key
 * sentence of the paragraph under it, joined by a colon, as `itemKey` joins a
 * bold label to its sentence; a sentence of its own shown alone.
 * `undefined` when the item's words are short enough to show whole (at most
 * 160 characters, none a paragraph of more than two slide lines), unless
 * `likeSiblings`: a title over a short paragraph in a list whose other items
 * are shortened is shortened too, so the list reads as one.
 */
function titledKey(
  first: Paragraph,
  rest: readonly RootContent[],
  likeSiblings: boolean,
): PhrasingContent[] | undefined {
  const words = rest.filter(isItemWords)
  const said = words.reduce((total, block) => total + plainText(block).length, 0)
  // Long as a slide reads it: a paragraph the slide would leave to the notes (wide Han text in fewer characters).
  const long = said > maxItemLength || words.some(isSpeakerProse)
  if (!long && !likeSiblings) return undefined
  const title = plainText(first).trim()
  const [next] = rest
  const titled =
    title.length <= maxTitleLength &&
    !/[.!?。！？]$/u.test(title) &&
    next?.type === 'paragraph' &&
    isItemWords(next)
  if (!titled || !next) return likeSiblings ? undefined : first.children
  const sentence = keySentence(next)
  const han = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
  const colon = han.test(plainText({ type: 'paragraph', children: sentence })) ? '：' : ': '
  const label = first.children.map((child) =>
    child.type === 'strong' ? withoutColon(child) : child,
  )
  const last = label.at(-1)
  if (last?.type === 'text')
    label[label.length - 1] = { ...last, value: last.value.replace(/\s*[:：]\s*$/u, '') }
  return [...label, { type: 'text', value: colon }, ...sentence]
}

/** A first paragraph longer than this is a sentence, not the title of what is under it. */
const maxTitleLength = 60

/** Whether a block of a list item is its words (a paragraph of text), which a shortened item leaves to the notes. */
export function isItemWords(node: RootContent): boolean {
  return node.type === 'paragraph' && !isImageParagraph(node)
}

/**
 * An item's key sentence: a bold label alone ("**Cost**: Thirty days free;
 * then …") says nothing on a slide, so the first sentence after it follows it,
 * joined by a colon that takes the place of whatever punctuation the author
 * put after the label ("**fix random seed**. Always …", "**固定种子**。始终 …",
 * "**Cost** — thirty days"). A label going on after a comma is the subject
 * of the sentence it opens, shown as written.
 */
function itemKey(first: Paragraph): PhrasingContent[] {
  const key = keySentence(first)
  const [lead, ...after] = first.children
  if (key.length !== 1 || lead?.type !== 'strong' || after.length === 0) return key
  const [head, ...tail] = after
  // A label going on after a comma is the subject of its sentence ("**Lookup protocols**, which …"): no colon.
  if (head?.type === 'text' && /^\s*[,，、]/u.test(head.value))
    return [...key, ...keySentence({ type: 'paragraph', children: after })]
  const rest: PhrasingContent[] =
    head?.type === 'text' ? [{ ...head, value: head.value.replace(labelEnd, '') }, ...tail] : after
  if (plainText({ type: 'paragraph', children: rest }).trim().length === 0) return key
  const sentence = keySentence({ type: 'paragraph', children: rest })
  const colon = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(
    plainText({ type: 'paragraph', children: sentence }),
  )
    ? '：'
    : ': '
  return [...key, { type: 'text', value: colon }, ...sentence]
}

/** Punctuation ending a bold label, with the spaces around it. */
const labelEnd = /^\s*(?:[.:;。：；]|[-–—]+(?=\s))?\s*/u

/** Quotations longer than this many slide lines show their key sentence; the notes hold them whole. */
const maxQuoteLines = 4

/**
 * A long quotation shortened to the key sentence of its first paragraph,
 * marked as an excerpt; `undefined` when it is short enough to show whole
 * or holds more than words (code, a list, an image).
 */
export function shortenedQuote(quote: Blockquote): Blockquote | undefined {
  const [first] = quote.children
  if (first?.type !== 'paragraph' || hasImage(first)) return undefined
  if (!quote.children.every((child) => child.type === 'paragraph')) return undefined
  if (textLinesOf(plainText(quote)) <= maxQuoteLines) return undefined
  const key = keySentence(first)
  const last = key.at(-1)
  if (!(last?.type === 'text' && last.value.endsWith('…'))) key.push({ type: 'text', value: ' …' })
  return { ...quote, children: [{ type: 'paragraph', children: key }] }
}
