import type { Element } from 'hast'
import type {
  Blockquote,
  Code,
  Heading,
  List,
  ListItem,
  Paragraph,
  RootContent,
  Table,
} from 'mdast'
import type { SampleOutput } from '../code/sample-outputs.js'
import type { DeckNotes } from '../words/interface-words.js'
import { codeSplitPoints } from './code-split-points.js'
import {
  endsWithLeadIn,
  isImageParagraph,
  isLeadIn,
  isSpeakerProse,
  keyPoints,
  shortenedItem,
} from './prose.js'
import {
  blockHeight,
  bodyHeight,
  canvas,
  gridColumns,
  htmlPictureHeight,
  type ImageSizes,
  imageHeight,
  imageSize,
  knownSize,
  nestedImageHeight,
  pictureFloor,
  readableScale,
  scaleIn,
  showsPicture,
  slideTextWidth,
} from './slide-metrics.js'

/** The blocks one slide shows, the prose its speaker notes hold, and the height the blocks take. */
export interface Page {
  nodes: RootContent[]
  notes: RootContent[]
  height: number
  /** A slide given to one picture (and the line introducing it): nothing else joins it. */
  picture?: boolean
}

declare module 'mdast' {
  interface Data {
    /** Code shown at the smaller size. */
    small?: boolean
    /** A group of images laid out as a grid. */
    imageGrid?: boolean
    /** A block for the speaker notes, not the slide. */
    toNotes?: boolean
    /** The author's own speaker notes (reveal-hugo's `{{% note %}}`): said, never summed up on the slide. */
    authorNote?: boolean
    /** A block shrunk to fit one slide rather than cut (a diagram, a program's output). */
    whole?: boolean
    /** A table of tall rows at the smaller text size. */
    smallTable?: boolean
  }
}

/** How to lay out one section's blocks. */
export interface PageOptions {
  /** Whether `---` starts a new slide (the post is written as slides) or is only a divider. */
  slideBreaks: boolean
  imageSizes: ImageSizes
  /** Link to the section on the page, for what a slide leaves out. */
  pageHref: string | undefined
  /** What the deck says of what a slide leaves to the page, in the post's language. */
  notes: DeckNotes
  /** Whether a deeper section follows: a lead-in ending this one introduces it, and stays on the slide. */
  subsectionNext?: boolean | undefined
  /** Slides the section may take before the deck points to the page; four by default. */
  maxSlides?: number | undefined
}

/** Fewest items or lines worth a part of a split block. */
const minPiece = 3

/** Slides a section may take before the deck shows less and points to the page. */
const maxSlidesPerSection = 4

/** Code languages whose blocks are pictures or transcripts: shrunk to fit, never cut. */
const wholeLanguages = new Set([
  '',
  'text',
  'txt',
  'plaintext',
  'plain',
  'output',
  'console',
  'ascii',
  'diagram',
  'log',
  'tree',
])

/**
 * Lay `blocks` out on as many slides as they need: long prose goes to the
 * notes (its key sentences stay on a slide that would otherwise be empty);
 * a lead-in stays with the block it introduces, and a sample's output with
 * its code; lists (by items), code (between top-level statements, at blank
 * lines) and tables (by rows, the header repeated) too tall for one slide are
 * cut into balanced parts; diagrams and outputs are never cut but shrunk;
 * an image that would show below half its size starts a slide; consecutive
 * images form a grid. A section takes at most four slides: beyond, its code
 * gets smaller, then the rest goes to the notes with a link to the page.
 */
export function paginate(
  blocks: readonly RootContent[],
  heading: Heading | undefined,
  options: PageOptions,
): Page[] {
  const prepared = prepare(blocks, options)
  const most = options.maxSlides ?? maxSlidesPerSection
  let pages = layout(prepared, bodyHeight(heading), options)
  if (textPages(pages) <= most) return pages
  pages = layout(prepared.map(smallerCode), bodyHeight(heading), options)
  if (textPages(pages) <= most) return pages
  const room = bodyHeight(heading) - moreLineHeight
  pages = layout(prepared.map(smallerCode), room, options)
  return keepFirst(pages, most, options)
}

const moreLineHeight = 48

/** Pages that count against a section's budget: those given to a picture do not. */
function textPages(pages: readonly Page[]): number {
  return pages.filter((page) => !page.picture).length
}

/**
 * The first `count` pages (and the picture slides among them); the rest moves
 * to the notes of the last, which says how much is left on the page.
 */
function keepFirst(pages: Page[], count: number, options: PageOptions): Page[] {
  let end = 0
  for (let shown = 0; end < pages.length && shown < count; end++) if (!pages[end]?.picture) shown++
  const kept = pages.slice(0, end)
  const last = kept.at(-1) as Page
  const rest = pages.slice(kept.length)
  const hidden = rest.reduce((total, page) => total + page.nodes.length, 0)
  last.notes.push(...rest.flatMap((page) => [...page.nodes.filter(isNoteWorthy), ...page.notes]))
  last.nodes.push(moreOnPage(options.notes.moreSlides(rest.length, hidden), options.pageHref))
  return kept
}

/** A line saying what is left to the page, linked to it. */
function moreOnPage(words: string, pageHref: string | undefined): Paragraph {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['more-on-page'] } },
    children: pageHref
      ? [{ type: 'link', url: pageHref, children: [{ type: 'text', value: words }] }]
      : [{ type: 'text', value: words }],
  }
}

function isNoteWorthy(node: RootContent): boolean {
  return node.type !== 'heading'
}

/** A code block at the smaller size, for sections over their slide budget. */
function smallerCode(node: RootContent): RootContent {
  if (node.type !== 'code' || isWhole(node)) return node
  return { ...node, data: { ...node.data, small: true } }
}

/**
 * Settle what each block becomes before the layout: speaker prose to notes
 * (marked), long list items shortened with their text for the notes,
 * consecutive images grouped, `---` dropped unless it breaks slides.
 */
function prepare(blocks: readonly RootContent[], options: PageOptions): RootContent[] {
  // Lists first: long items shortened, items too tall for a slide unfolded into blocks.
  const flat = blocks.flatMap((node) =>
    node.type === 'list'
      ? unfoldTallItems(shortenList(node), options.imageSizes)
      : node.type === 'paragraph'
        ? separateImages(node)
        : [node],
  )
  const out: RootContent[] = []
  for (const [index, node] of flat.entries()) {
    if (node.type === 'thematicBreak') {
      if (options.slideBreaks) out.push(node)
      continue
    }
    // A footnote's text is said where it is referred to (`footnotesToNotes`), not where it is defined.
    if (node.type === 'footnoteDefinition') continue
    const previous = out.at(-1)
    if (
      node.type === 'paragraph' &&
      isImageParagraph(node) &&
      previous &&
      isImageGroup(previous) &&
      readableInGrid([...(isImageGrid(previous) ? previous.children : [previous]), node], options)
    ) {
      if (previous.type === 'paragraph') out[out.length - 1] = imageGrid([previous, node])
      else previous.children.push(node)
      continue
    }
    // A lead-in with nothing to show after it (prose, a heading, a block for the notes) is prose too;
    // one closing a section that its subsections follow introduces them, and the slides keep them together.
    const next = flat[index + 1]
    if (
      isLeadIn(node) &&
      (next
        ? isSpeakerProse(next) || next.type === 'heading' || isForNotes(next)
        : !options.subsectionNext)
    ) {
      out.push(asNotes(node))
      continue
    }
    if (node.type === 'code' && node.value.split('\n').some((line) => line.length > maxCodeLine)) {
      // A line longer than a few slide lines (minified data, a key) shows its start; the notes keep it whole.
      out.push(clipLongLines(node), asNotes(node))
      continue
    }
    out.push(
      isWhole(node) && node.type === 'code'
        ? { ...node, data: { ...node.data, whole: true } }
        : node,
    )
  }
  return out
}

/** A paragraph of text and images: its text, then each image in a paragraph of its own (a grid, later). */
function separateImages(paragraph: Paragraph): Paragraph[] {
  const isImage = (child: Paragraph['children'][number]) =>
    child.type === 'image' || child.type === 'imageReference'
  if (!paragraph.children.some(isImage)) return [paragraph]
  if (isImageParagraph(paragraph)) {
    // Several images in one paragraph: each its own, so they form a grid.
    const images = paragraph.children.filter(isImage)
    return images.length < 2
      ? [paragraph]
      : images.map((image): Paragraph => ({ type: 'paragraph', children: [image] }))
  }
  const text = paragraph.children.filter((child) => !isImage(child))
  const images = paragraph.children.filter(isImage)
  return [
    { ...paragraph, children: text },
    ...images.map((image): Paragraph => ({ type: 'paragraph', children: [image] })),
  ]
}

/** Characters of a code line beyond which the slide shows only its start. */
const maxCodeLine = 300

function clipLongLines(code: Code): Code {
  const lines = code.value
    .split('\n')
    .map((line) => (line.length > maxCodeLine ? `${line.slice(0, 160)} …` : line))
  return { ...code, value: lines.join('\n') }
}

function isImageGroup(node: RootContent): node is Paragraph | Blockquote {
  return (node.type === 'paragraph' && isImageParagraph(node)) || isImageGrid(node)
}

function isImageGrid(node: RootContent): node is Blockquote {
  return node.type === 'blockquote' && node.data?.imageGrid === true
}

/**
 * Whether each image of known size among `images` would show at half its
 * size or more in a grid of them under a heading; a wide screenshot would
 * not, and goes on a slide of its own instead.
 */
function readableInGrid(images: readonly RootContent[], options: PageOptions): boolean {
  const gap = 12
  const columns = gridColumns(images.length)
  const rows = Math.ceil(images.length / columns)
  const width = (slideTextWidth - gap * (columns - 1)) / columns
  const height = (bodyHeight(undefined) - headingRoom - gap * (rows - 1)) / rows
  return images.every((image) => {
    const size = imageSize(image, options.imageSizes)
    return !size || scaleIn(size, width, height) >= readableScale
  })
}

/** Room a one-line heading takes above a grid. */
const headingRoom = canvas.headingSize * canvas.headingLineHeight + canvas.headingGap

/** Images side by side: a grid laid out on one slide (a `blockquote` node rendered as a `div`). */
function imageGrid(images: Paragraph[]): Blockquote {
  return {
    type: 'blockquote',
    data: { imageGrid: true, hName: 'div', hProperties: { className: ['image-grid'] } },
    children: images,
  }
}

function isForNotes(node: RootContent): boolean {
  return node.data !== undefined && 'toNotes' in node.data && node.data.toNotes === true
}

/** A block marked for the notes. */
function asNotes(node: RootContent): RootContent {
  return { ...node, data: { ...node.data, toNotes: true } } as RootContent
}

/** A list whose long items show their key sentence, followed by their full text marked for the notes. */
function shortenList(list: List): RootContent[] {
  const notes: RootContent[] = []
  const children = list.children.map((item) => {
    const short = shortenedItem(item)
    if (!short) return item
    notes.push(...item.children.filter((child) => child.type !== 'list').map(asNotes))
    return short
  })
  return [{ ...list, children }, ...notes]
}

/**
 * A list whose items fit a slide each, and show their images readably; an
 * item taller than a slide (one holding long code), or holding an image that
 * would show below half its size in a list item (a wide screenshot after the
 * step it shows), is cut out: its first words stay an item, numbered as it
 * was, and its other blocks (the image included) follow as blocks of their
 * own, laid out as any other. The notes say the item's words in one piece, as
 * the page reads them around its code.
 */
function unfoldTallItems(blocks: RootContent[], sizes: ImageSizes): RootContent[] {
  const [list, ...notes] = blocks
  if (list?.type !== 'list') return blocks
  const tall = canvas.height * 0.6
  const out: RootContent[] = []
  const words = (item: ListItem) =>
    item.children.filter((child) => child.type === 'paragraph' && !isImageParagraph(child))
  const start = list.start ?? 1
  let from = 0
  list.children.forEach((item, index) => {
    if (
      blockHeight({ ...list, children: [item] }, sizes) <= tall &&
      !item.children.some((child) => crampedInItem(child, sizes))
    )
      return
    const children = item.children.flatMap((child): ListItem['children'] =>
      child.type === 'paragraph' ? separateImages(child) : [child],
    )
    const [first, ...rest] = children
    // An item opening with text keeps it as an item; one opening with code or an image becomes blocks.
    const lead = first?.type === 'paragraph' && !isImageParagraph(first)
    if (!first || (lead && rest.length === 0)) return
    if (index > from) out.push(part(from, index))
    if (lead)
      out.push({
        ...list,
        start: list.ordered ? start + index : null,
        children: [{ ...item, children: [first] }],
      })
    out.push(...(lead ? rest : children))
    if (words(item).length > 1) notes.push(...words(item).map(asNotes))
    from = index + 1
  })
  if (from === 0) return blocks
  if (from < list.children.length) out.push(part(from, list.children.length))
  return [...out, ...notes]

  function part(begin: number, end: number): List {
    return {
      ...(list as List),
      start: (list as List).ordered ? start + begin : null,
      children: (list as List).children.slice(begin, end),
    }
  }
}

/** Whether a block of a list item holds an image of known size that shows below half of it there (deck.css caps them). */
function crampedInItem(node: RootContent, sizes: ImageSizes): boolean {
  if (node.type !== 'paragraph') return false
  return separateImages(node).some((part) => {
    const size = isImageParagraph(part) ? imageSize(part, sizes) : undefined
    return (
      size !== undefined && scaleIn(size, slideTextWidth - 48, nestedImageHeight) < readableScale
    )
  })
}

/**
 * Whether `node` goes on the slide of the block after it: a lead-in
 * ("Output:") before what it introduces, or a line or two of text before an
 * image (a step of a walkthrough above its screenshot).
 */
function introducesNext(node: RootContent, next: RootContent): boolean {
  if (isSpeakerProse(next) || isForNotes(next)) return false
  if (endsWithLeadIn(node)) return true
  return isPicture(next) && (isCaption(node) || (node.type === 'list' && endsWithStep(node)))
}

function isCaption(node: RootContent): boolean {
  return node.type === 'paragraph' && !isImageParagraph(node) && !isSpeakerProse(node)
}

/** Whether a list ends with an item of a line or two of words alone: a step above its screenshot. */
function endsWithStep(list: List): boolean {
  const last = list.children.at(-1)
  return (
    list.children.length === 1 &&
    last !== undefined &&
    last.children.length === 1 &&
    last.children.every(isCaption)
  )
}

/**
 * Of a block showing a picture (images, a grid, raw HTML with an `<img>`):
 * the height it shows at on a slide of its own, and whether its size is known.
 */
function pictureSize(
  node: RootContent,
  sizes: ImageSizes,
): { shown: number; known: boolean } | undefined {
  if ((node.type === 'paragraph' && isImageParagraph(node)) || isImageGrid(node))
    return { shown: imageHeight(node, sizes), known: knownSize(node, sizes) }
  if (node.type === 'html' && showsPicture(node.value)) return htmlPictureHeight(node.value, sizes)
  return undefined
}

/** Whether a block shows a picture: images, a grid of them, raw HTML with an `<img>`. */
export function isPicture(node: RootContent): boolean {
  return pictureSize(node, {}) !== undefined
}

/** Pages lower than this share of a slide hold a line or two. */
const tinyPage = 0.2

/** How far past the estimated room a slide may go: the deck's fitting absorbs a few per cent. */
const fittingSlack = 1.04

/**
 * Put each page of a line or two on a neighbour: back on the page before (a
 * remark after a full slide of code) or ahead of the page after (a line
 * that introduces it), with that page's code at the smaller size if need be.
 * Text that fits neither goes to the notes of the page before, which the
 * speaker says. Works on `pages` in place.
 */
function absorbTinyPages(
  pages: Page[],
  budget: number,
  heightOf: (node: RootContent) => number,
  sizes: ImageSizes,
): void {
  const smaller = (page: Page) => {
    const nodes = page.nodes.map(smallerCode)
    const saved = page.nodes.reduce(
      (total, node, index) => total + heightOf(node) - heightOf(nodes[index] as RootContent),
      0,
    )
    return { nodes, height: page.height - saved }
  }
  let index = 0
  while (index < pages.length && pages.length > 1) {
    const page = pages[index] as Page
    const before = pages[index - 1]
    const after = pages[index + 1]
    if (page.nodes.length === 0 || page.height >= budget * tinyPage) {
      index++
      continue
    }
    // A page ending on a lead-in belongs with the page after; one after a page ending on a lead-in, with that.
    const last = page.nodes.at(-1) as RootContent
    const leadsOn = after?.nodes[0] !== undefined && introducesNext(last, after.nodes[0])
    const candidates: { host: Page; append: boolean }[] = (
      leadsOn
        ? [{ host: after as Page, append: false }]
        : [
            ...(before ? [{ host: before, append: true }] : []),
            ...(after ? [{ host: after, append: false }] : []),
          ]
    ).filter(({ host }) => !host.picture)
    // A picture gives up some of its height, down to a fair part of the slide and a readable size.
    const rigid = (host: Page) =>
      host.nodes.some((node) => isPicture(node))
        ? host.nodes.reduce(
            (total, node) =>
              total + (!isPicture(node) ? heightOf(node) : pictureFloor(node, sizes, budget)),
            0,
          )
        : host.height
    const fitting = candidates.find(
      ({ host }) => rigid(host) + page.height <= budget * fittingSlack,
    )
    const shrunk = fitting
      ? undefined
      : candidates.find(({ host }) => smaller(host).height + page.height <= budget * fittingSlack)
    const choice = fitting ?? shrunk
    if (choice) {
      const { host, append } = choice
      if (!fitting) Object.assign(host, smaller(host))
      host.nodes = append ? [...host.nodes, ...page.nodes] : [...page.nodes, ...host.nodes]
      host.notes = append ? [...host.notes, ...page.notes] : [...page.notes, ...host.notes]
      host.height += page.height
      pages.splice(index, 1)
      continue
    }
    const host = before ?? after
    if (host && !leadsOn && page.nodes.every((node) => node.type === 'paragraph')) {
      if (host === before) host.notes.push(...page.nodes, ...page.notes)
      else host.notes.unshift(...page.nodes, ...page.notes)
      pages.splice(index, 1)
      continue
    }
    index++
  }
}

function isWhole(node: RootContent): boolean {
  if (node.type === 'sampleOutput') return true
  if (node.type !== 'code') return false
  if (!wholeLanguages.has((node.lang ?? '').toLowerCase())) return false
  // Only what still reads at half size: at most about 40 lines of 200 columns.
  const lines = node.value.split('\n')
  return lines.length <= 40 && lines.every((line) => line.length <= 200)
}

function layout(blocks: readonly RootContent[], budget: number, options: PageOptions): Page[] {
  const pages: Page[] = [{ nodes: [], notes: [], height: 0 }]
  const current = () => pages.at(-1) as Page
  const newPage = () => {
    if (current().nodes.length > 0) pages.push({ nodes: [], notes: [], height: 0 })
  }
  const room = () => budget - current().height
  const place = (node: RootContent, height: number) => {
    current().nodes.push(node)
    current().height += height
  }
  const heightOf = (node: RootContent) => blockHeight(node, options.imageSizes)
  // Room a picture needs to show fairly: most of its size on a slide of its own, and at least half its pixels.
  const pictureRoom = (node: RootContent, picture: { shown: number; known: boolean }) => {
    if (!picture.known) return budget * 0.4
    const size = imageSize(node, options.imageSizes)
    const half = size ? size.height * readableScale : 0
    return Math.min(picture.shown, Math.max(picture.shown * 0.8, half))
  }
  // What a block after a lead-in needs below it: an image, enough to show it fairly.
  const companionHeight = (node: RootContent) => {
    const picture = pictureSize(node, options.imageSizes)
    return picture ? pictureRoom(node, picture) : heightOf(node)
  }
  // A wide image (a screenshot) that would show below about half its size even on a fresh slide,
  // under `above`, gets a slide of its own. Note: a tall one would gain little there; it starts a slide.
  const ownsSlide = (node: RootContent, above: number) => {
    const size = imageSize(node, options.imageSizes)
    return (
      size !== undefined &&
      size.width > size.height &&
      scaleIn(size, slideTextWidth, budget - above) < readableScale
    )
  }
  const pictureSlide = (nodes: RootContent[]) => {
    newPage()
    Object.assign(current(), { height: budget, picture: true })
    current().nodes.push(...nodes)
    pages.push({ nodes: [], notes: [], height: 0 })
  }

  const queue = [...blocks]
  // Set after a lead-in: its block goes on the same slide, shrunk or cut if need be.
  let keep = false
  while (queue.length > 0) {
    const node = queue.shift() as RootContent
    const kept = keep
    keep = false
    if (node.type === 'thematicBreak') {
      newPage()
      continue
    }
    if (isForNotes(node)) {
      current().notes.push(node)
      continue
    }
    if (isSpeakerProse(node)) {
      current().notes.push(node)
      continue
    }
    const height = heightOf(node)
    if (height === 0) continue
    // A step and its screenshot, too wide for a slide with a heading: a picture slide, the step its caption.
    const next = queue[0]
    if (!kept && next && introducesNext(node, next) && ownsSlide(next, height)) {
      pictureSlide([node, queue.shift() as RootContent])
      continue
    }
    const picture = pictureSize(node, options.imageSizes)
    if (picture) {
      if (!kept && ownsSlide(node, 0)) {
        pictureSlide([node])
        continue
      }
      // An image starts a slide when what is left would show it much smaller than a slide of its own.
      // Of an image of unknown size, what is left is enough when it is a fair part of a slide.
      if (!kept && current().nodes.length > 0 && room() < pictureRoom(node, picture)) newPage()
      place(node, Math.min(room(), picture.shown))
      continue
    }
    // What must stay on this slide with the block: the output of a sample, the block a lead-in introduces.
    const introduces = next !== undefined && introducesNext(node, next)
    const companion =
      next && ((node.type === 'code' && next.type === 'sampleOutput') || introduces)
        ? next
        : undefined
    const together = height + (companion ? companionHeight(companion) : 0)
    if (together <= room()) {
      keep = introduces
      place(node, height)
      if (companion && node.type === 'code')
        place(queue.shift() as RootContent, heightOf(companion))
      continue
    }
    if (companion && introduces) {
      // The lead-in goes with its block: together on a fresh slide, or above its first part.
      const shrinks =
        companion.type === 'code' && heightOf(smallerCode(companion)) <= budget - height
      const splits =
        !shrinks && heightOf(companion) > budget && splitBlock(companion, budget, budget, options)
      // Note: a block that is itself kept with the lead-in above it (a list ending on "…as below:")
      // stays on that slide, so the whole chain reads together.
      if (!kept && current().nodes.length > 0 && (!splits || room() - height < budget * 0.4))
        newPage()
      place(node, height)
      keep = true
      continue
    }
    if (companion && together <= budget) {
      newPage()
      place(node, height)
      place(queue.shift() as RootContent, heightOf(companion))
      continue
    }
    // Below a sample's code, room for the head of its output at least.
    let reserve = 0
    if (node.type === 'code' && companion?.type === 'sampleOutput') {
      // A sample and its output taller than a slide: both smaller, or the output's head under its code.
      const onThis = kept || current().nodes.length === 0
      const shown = withOutput(node, companion, onThis ? room() : budget, heightOf, options)
      if (shown) {
        queue.shift()
        if (!onThis) newPage()
        for (const block of shown.nodes) place(block, heightOf(block))
        current().notes.push(...shown.notes)
        continue
      }
      // Else the code is cut so that its last part leaves that room.
      reserve = Math.min(heightOf(smallerOutput(companion)), outputHeadHeight(companion))
    }
    if ((height <= budget && reserve === 0) || isWhole(node)) {
      if (!kept) newPage()
      place(node, Math.min(height, budget))
      continue
    }
    // Code a little taller than a slide is shown whole at the smaller size rather than cut.
    const small = smallerCode(node)
    if (node.type === 'code' && reserve === 0 && heightOf(small) <= (kept ? room() : budget)) {
      if (!kept) newPage()
      place(small, heightOf(small))
      continue
    }
    // A table whose rows are so tall that a slide holds one or two: smaller, whole if it then fits.
    if (node.type === 'table' && hasTallRows(node, budget)) {
      queue.unshift(smallerTable(node))
      keep = kept
      continue
    }
    const parts = splitBlock(
      node,
      (kept ? Math.max(room(), budget * 0.4) : room()) - reserve,
      budget - reserve,
      options,
    )
    if (!parts) {
      newPage()
      place(node, height)
      continue
    }
    const [first, ...rest] = parts
    if (first) place(first, heightOf(first))
    for (const part of rest) {
      newPage()
      if (part) place(part, heightOf(part))
    }
    if (companion) {
      const output = queue.shift() as SampleOutput
      const head = heightOf(output) > room() && outputHead(output, room(), options)
      if (head) {
        for (const block of head.nodes) place(block, heightOf(block))
        current().notes.push(...head.notes)
      } else {
        if (heightOf(output) > room()) newPage()
        place(output, heightOf(output))
      }
    }
  }
  if (!options.slideBreaks) absorbTinyPages(pages, budget, heightOf, options.imageSizes)
  // A slide left empty or nearly so by prose gone to the notes shows the key sentence of each paragraph.
  for (const page of pages) {
    const empty = page.nodes.length === 0
    if (!empty && page.height >= budget * tinyPage) continue
    // The author's own speaker notes (`{{% note %}}`) are theirs to say, not to show.
    const said = page.notes.filter((note) => !(note.data && 'authorNote' in note.data))
    const points = keyPoints(empty ? said : said.filter(isSpeakerProse), budget - page.height)
    if (!points) continue
    page.nodes.push(points)
    page.height += heightOf(points)
  }
  return pages.filter(
    (page, index) => page.nodes.length > 0 || page.notes.length > 0 || index === 0,
  )
}

/** Whether a slide would hold fewer than a few of a table's rows (cells of long text, lists in cells). */
function hasTallRows(table: Table, budget: number): boolean {
  if (table.data?.smallTable || table.children.length <= minPiece) return false
  const rows = table.children.length
  return blockHeight(table) / rows > budget / (minPiece + 1)
}

/** A table at the smaller text size. */
function smallerTable(table: Table): Table {
  const classes = table.data?.hProperties?.className
  return {
    ...table,
    data: {
      ...table.data,
      smallTable: true,
      hProperties: {
        ...table.data?.hProperties,
        className: [...(Array.isArray(classes) ? classes.map(String) : []), 'small-table'],
      },
    },
  }
}

/** Output lines worth showing under a sample's code; fewer, and the output starts the next slide. */
const minOutputLines = 3

/**
 * A sample's code with its output in `space`: both at the smaller size, or
 * the code and the head of its output, saying how many lines are left to the
 * page (the notes keep the whole output). `undefined` when the code alone
 * leaves no room for a few lines of output.
 */
function withOutput(
  code: Code,
  output: SampleOutput,
  space: number,
  heightOf: (node: RootContent) => number,
  options: PageOptions,
): { nodes: RootContent[]; notes: RootContent[] } | undefined {
  const smallCode = smallerCode(code)
  const smallOutput = smallerOutput(output)
  if (heightOf(smallCode) + heightOf(smallOutput) <= space)
    return { nodes: [smallCode, smallOutput], notes: [] }
  const shownCode = heightOf(code) <= space * 0.7 ? code : smallCode
  const head = outputHead(output, space - heightOf(shownCode), options)
  return head && { nodes: [shownCode, ...head.nodes], notes: head.notes }
}

/** An output at the smaller code size. */
function smallerOutput(output: SampleOutput): SampleOutput {
  const classes = output.data.hProperties.className ?? []
  return {
    ...output,
    data: {
      ...output.data,
      small: true,
      hProperties: { ...output.data.hProperties, className: [...classes, 'small-code'] },
    },
  }
}

/**
 * The first lines of an output that fit `space` at the smaller size, with a
 * line saying how many more are on the page; the notes keep it whole.
 * `undefined` when fewer than a few lines fit.
 */
function outputHead(
  output: SampleOutput,
  space: number,
  options: PageOptions,
): { nodes: RootContent[]; notes: RootContent[] } | undefined {
  const lines = output.data.text.split('\n')
  const room = space - moreLineHeight
  let count = 0
  while (count < lines.length && blockHeight(firstLines(output, count + 1)) <= room) count++
  if (count < minOutputLines || count >= lines.length) return undefined
  const more = moreOnPage(options.notes.moreOutput(lines.length - count), options.pageHref)
  const whole: Code = { type: 'code', lang: 'text', value: output.data.text }
  return { nodes: [firstLines(output, count), more], notes: [whole] }
}

/** Height of the fewest lines of an output worth showing, with the line saying the rest is on the page. */
function outputHeadHeight(output: SampleOutput): number {
  return blockHeight(firstLines(output, minOutputLines)) + moreLineHeight
}

/** The first `count` lines of an output, at the smaller size. */
function firstLines(output: SampleOutput, count: number): SampleOutput {
  const text = output.data.text.split('\n').slice(0, count).join('\n')
  const small = smallerOutput(output)
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: {},
    children: [{ type: 'text', value: text }],
  }
  const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [code] }
  return { ...small, data: { ...small.data, text, hChildren: [pre] } }
}

/**
 * Cut a block taller than a slide into parts that each fit one, as even as
 * the cut points allow; the first part goes in `room` (the rest of the
 * current slide) when that holds a fair share. `undefined` when it cannot be cut.
 */
function splitBlock(
  node: RootContent,
  room: number,
  budget: number,
  options: PageOptions,
): (RootContent | undefined)[] | undefined {
  const heightOf = (part: RootContent) => blockHeight(part, options.imageSizes)
  if (node.type === 'list') return splitUnits(listUnits(node), room, budget, heightOf)
  if (node.type === 'table') return splitUnits(tableUnits(node), room, budget, heightOf)
  if (node.type === 'code') return splitUnits(codeUnits(node), room, budget, heightOf)
  return undefined
}

/** A block seen as a sequence of units it may be cut between, and how to make a part of some. */
interface Units {
  count: number
  /** Where a part may start, with a rank: lower ranks are better places to cut. */
  starts: { index: number; rank: number }[]
  make(from: number, to: number): RootContent
}

function splitUnits(
  units: Units,
  room: number,
  budget: number,
  heightOf: (node: RootContent) => number,
): (RootContent | undefined)[] | undefined {
  const height = (from: number, to: number) => heightOf(units.make(from, to))
  const total = height(0, units.count)
  const useRoom = room >= budget * 0.4 && room < budget
  const parts: (RootContent | undefined)[] = []
  let from = 0
  let left = total
  let space = useRoom ? room : budget
  if (!useRoom && room < budget) parts.push(undefined)
  while (from < units.count) {
    if (height(from, units.count) <= space) {
      parts.push(units.make(from, units.count))
      break
    }
    const cut = bestCut(units, from, space, left / Math.max(2, Math.ceil(left / budget)), height)
    if (cut === undefined) {
      parts.push(units.make(from, units.count))
      break
    }
    parts.push(units.make(from, cut))
    left -= height(from, cut)
    from = cut
    space = budget
  }
  return parts
}

/**
 * Where to end the part starting at `from`: the best-ranked place whose part
 * fits `space`, leaving at least a few units on each side, nearest to
 * `target`; failing that any place that fits; failing that the most units
 * that fit, wherever that falls.
 */
function bestCut(
  units: Units,
  from: number,
  space: number,
  target: number,
  height: (from: number, to: number) => number,
): number | undefined {
  const fitting = units.starts.filter(
    (start) =>
      start.index > from && start.index < units.count && height(from, start.index) <= space,
  )
  const roomy = fitting.filter(
    (start) => start.index - from >= minPiece && units.count - start.index >= minPiece,
  )
  const pool = roomy.length > 0 ? roomy : fitting
  if (pool.length > 0) {
    // A worse rank is taken only when the better ones would leave the part small: under half
    // the space, or under a quarter between top-level statements (not a function's first
    // two lines alone, its body on the next slide).
    const fair = pool.filter((start) => {
      const part = height(from, start.index)
      return part > space / 2 || (start.rank < 1000 && part > space / 4)
    })
    const ranked = fair.length > 0 ? fair : pool
    const best = ranked
      .filter((start) => start.rank === Math.min(...ranked.map((other) => other.rank)))
      .reduce((a, b) =>
        Math.abs(height(from, a.index) - target) <= Math.abs(height(from, b.index) - target)
          ? a
          : b,
      )
    return best.index
  }
  let count = from + 1
  while (count < units.count && height(from, count + 1) <= space) count++
  return count < units.count ? count : undefined
}

function listUnits(list: List): Units {
  const start = list.start ?? 1
  return {
    count: list.children.length,
    starts: list.children.map((_, index) => ({ index, rank: 0 })),
    make: (from, to) => {
      const part: List = { ...list, children: list.children.slice(from, to) }
      if (list.ordered) part.start = start + from
      return part
    },
  }
}

function tableUnits(table: Table): Units {
  const [header, ...rows] = table.children
  return {
    count: rows.length,
    starts: rows.map((_, index) => ({ index, rank: 0 })),
    make: (from, to) => ({
      ...table,
      children: header ? [header, ...rows.slice(from, to)] : rows.slice(from, to),
    }),
  }
}

function codeUnits(code: Code): Units {
  const lines = code.value.split('\n')
  return {
    count: lines.length,
    starts: codeSplitPoints(lines),
    make: (from, to) => ({ ...code, value: trimBlankLines(lines.slice(from, to)).join('\n') }),
  }
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && lines[start]?.trim() === '') start++
  while (end > start && lines[end - 1]?.trim() === '') end--
  return lines.slice(start, end)
}
