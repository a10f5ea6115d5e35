import type { Heading, PhrasingContent, Root, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { type DeckNotes, deckNotes } from '../words/deck-notes.js'
import { interfaceWords } from '../words/interface-words.js'
import { frameworkHtmlToNotes } from './framework-html.js'
import { readHtmlProse } from './html-prose.js'
import { isPicture, type Page, type PageOptions, paginate } from './paginate/index.js'
import { endsWithLeadIn, isImageParagraph, isLeadIn } from './prose.js'
import { sectionBudget } from './section-budget.js'
import {
  asNote,
  joinHeadings,
  nearlyEmpty,
  ridersOf,
  type Section,
  sectionLevel,
  sectionsOf,
  slidesOf,
  writtenAsSlides,
} from './sections.js'
import {
  blockHeight,
  bodyHeight,
  headingHeight,
  type ImageSizes,
  pictureFloor,
  referenceKey,
} from './slide-metrics.js'

/** One slide: its heading, the blocks it shows and the prose of its speaker notes. */
export interface Slide {
  /** The heading shown; continuation slides carry `(2/3)`. */
  heading: Heading | undefined
  /** The page anchor of the section the slide shows, for its link back to the page. */
  anchor: string | undefined
  /** Id of the slide, for links from the page: the heading's id, `-2`, `-3` on continuations. */
  id: string | undefined
  nodes: RootContent[]
  notes: RootContent[]
  /** The heading of a section with no text of its own, shown small above this, its first subsection. */
  kicker?: Heading | undefined
  /** A slide given to one picture, too wide to read beside anything else; its caption the line above it. */
  picture?: boolean
  /** One whole slide of a post written as slides, as its author cut it. */
  authored?: boolean
}

/**
 * The body of a deck (the title slide aside): columns of slides. A column is
 * a top-level section; the deck shows all slides as one sequence.
 */
export interface SlideModel {
  columns: Slide[][]
  /** A short opening with no heading, shown on the title slide under the title. */
  lead?: { nodes: RootContent[]; notes: RootContent[] } | undefined
}

/** How to cut a post into slides. */
export interface SlideOptions {
  /** Heading level of the top-level sections; by default the post decides. */
  level?: number | undefined
  /** The post's title, so a body heading repeating it does not count as a section. */
  title?: string | undefined
  /** Pixel sizes of the post's images, by their path relative to the page. */
  imageSizes?: ImageSizes | undefined
  /** What the deck says of what a slide leaves to the page; English by default. */
  notes?: DeckNotes | undefined
}

/** A section's slide while planning: its page, and whether it may share the slide with the next. */
interface Planned {
  slide: Slide
  height: number
  /** The last slide of its section, not followed by a `---` break: the next section may join it. */
  open: boolean
  /** Its last block introduces the subsection after it ("…as follows:"): a slide never ends with it. */
  introduces?: boolean
}

/**
 * Cut a post into slides. Each section (a heading and its text) makes one
 * slide or more (`paginate`); short sibling sections share a slide, and a
 * heading with no text of its own joins the slide of what follows it. Top-level
 * sections (see `sectionLevel`) start a column of the model. `---` starts a
 * new slide only in a post written as slides (`writtenAsSlides`). Headings
 * that only wrap the post ("Table of contents", a body H1 repeating the
 * title) make no slide. Prose written in HTML is read as paragraphs first
 * (`readHtmlProse`); HTML written for a template engine goes to the notes
 * (`frameworkHtmlToNotes`). Front matter is not shown; nothing else is dropped.
 */
export function splitIntoSlides(post: Root, options: SlideOptions = {}): SlideModel {
  const tree: Root = { ...post, children: readHtmlProse(post.children).map(frameworkHtmlToNotes) }
  const slideBreaks = writtenAsSlides(tree)
  const sections = slideBreaks ? slidesOf(tree, options.title) : sectionsOf(tree, options.title)
  const level = options.level ?? sectionLevel(tree, options.title)
  const imageSizes = withDefinitions(tree, options.imageSizes ?? {})
  const notes = options.notes ?? deckNotes(interfaceWords('en'))
  const budget = sectionBudget(sections)
  const columns: Planned[][] = []
  // Headings with no text of their own riding above the section they lead to, chained ones included.
  const riders = slideBreaks ? [] : sections.map((_, index) => ridersOf(sections, index))
  const riding = new Set(riders.flat())
  for (const [index, section] of sections.entries()) {
    const next = sections[index + 1]
    const kicker = joinHeadings(riders[index] ?? [])
    if (section.heading && riding.has(section.heading)) continue
    const subsectionNext =
      next?.heading !== undefined && next.heading.depth > (section.heading?.depth ?? 0)
    const maxSlides = budget(section)
    const pageOptions = { slideBreaks, imageSizes, notes, maxSlides, subsectionNext }
    let planned = plan(section, pageOptions, kicker)
    // An opening with no heading too long for the title slide gets the post's title as its own.
    if (index === 0 && !section.heading && !slideBreaks && options.title && !isLead(planned)) {
      const heading: Heading = {
        type: 'heading',
        depth: Math.max(1, Math.min(level, 6)) as Heading['depth'],
        children: [{ type: 'text', value: options.title }],
      }
      planned = plan({ ...section, heading }, pageOptions, kicker)
    }
    // The line or two of the headings riding above it is said in the notes of its first slide.
    const ridden = sections.filter(
      (other) => other.heading && riders[index]?.includes(other.heading),
    )
    planned[0]?.slide.notes.unshift(...ridden.flatMap((other) => other.blocks))
    // In a post written as slides, a slide without a heading goes on in the column before it.
    const startsColumn = section.heading
      ? section.heading.depth <= level
      : !slideBreaks || columns.length === 0
    if (startsColumn || columns.length === 0) columns.push(planned)
    else columns.at(-1)?.push(...planned)
  }
  // A short opening with no heading of its own goes on the title slide.
  const opening = columns[0]?.[0]
  const lead =
    opening && !opening.slide.heading && isLead([opening]) ? columns[0]?.shift()?.slide : undefined
  const shared = slideBreaks
    ? columns.map((column) => column.map((planned) => planned.slide))
    : shareSlides(columns, imageSizes)
  return {
    columns: shared.filter((column) => column.length > 0),
    ...(lead ? { lead: { nodes: lead.nodes, notes: lead.notes } } : {}),
  }
}

/** Whether the planned slides of an opening are one short slide of prose, for the title slide. */
function isLead(planned: readonly Planned[]): boolean {
  const [opening] = planned
  return (
    planned.length === 1 &&
    opening !== undefined &&
    opening.open &&
    opening.height < nearlyEmpty * 0.6 &&
    opening.slide.nodes.every((node) => node.type === 'paragraph')
  )
}

/** Image sizes, with those of images named by a definition (`![a][b]`) under their `referenceKey` too. */
function withDefinitions(tree: Root, sizes: ImageSizes): ImageSizes {
  const byDefinition: Record<string, { width: number; height: number }> = {}
  for (const node of tree.children) {
    if (node.type !== 'definition') continue
    const size = sizes[node.url] ?? sizes[safeDecode(node.url)]
    if (size) byDefinition[referenceKey(node.identifier)] = size
  }
  return { ...sizes, ...byDefinition }
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** How many slides a model makes in reveal.js, the title slide included. */
export function countSlides(model: SlideModel): number {
  return 1 + model.columns.reduce((total, column) => total + column.length, 0)
}

function plan(
  section: Section,
  { slideBreaks, imageSizes, notes, subsectionNext, maxSlides }: Omit<PageOptions, 'pageHref'>,
  kicker: Heading | undefined,
): Planned[] {
  // Continuation slides carry a longer heading (`(2/3)`); plan with the longest, and room for a kicker.
  const planned =
    section.heading &&
    numbered(section.heading, 10, 10, kicker ? [{ type: 'text', value: plainText(kicker) }] : [])
  const id = section.heading?.data?.id
  const laidOut: Page[] = paginate(section.blocks, planned, {
    slideBreaks,
    imageSizes,
    notes,
    subsectionNext,
    maxSlides,
    // A section with no heading of its own (an essay's opening) links to the top of the page.
    pageHref: id === undefined ? '../index.html' : `../index.html#${encodeURIComponent(id)}`,
  })
  // A slide of its author's showing nothing after its picture: its notes go with the picture.
  const pages = section.authored
    ? laidOut.filter((page, index) => {
        const previous = laidOut[index - 1]
        if (page.nodes.length > 0 || !previous) return true
        previous.notes.push(...page.notes)
        return false
      })
    : laidOut
  const breakAfter = slideBreaks && section.blocks.at(-1)?.type === 'thematicBreak'
  // A long run of one section (a post with no subheadings) titles its slides by the lead-ins opening them.
  const own = pages.map((page, index) =>
    index > 0 && maxSlides !== undefined && pages.length > 4 && planned
      ? leadInTitle(page, planned)
      : undefined,
  )
  const numberedPages = pages.filter((_, index) => !own[index])
  return pages.map((page, index) => ({
    slide: {
      heading:
        own[index] ??
        (section.heading && numberedPages.length > 1
          ? numbered(section.heading, numberedPages.indexOf(page) + 1, numberedPages.length)
          : section.heading),
      anchor: id,
      id: id === undefined ? undefined : index === 0 ? id : `${id}-${index + 1}`,
      nodes: page.nodes,
      notes: page.notes,
      kicker: index === 0 ? kicker : undefined,
      ...(page.picture ? { picture: true } : {}),
      ...(section.authored && pages.length === 1 ? { authored: true } : {}),
    },
    height: (section.heading ? headingHeight(section.heading) : 0) + page.height,
    open:
      !section.authored &&
      index === pages.length - 1 &&
      !breakAfter &&
      !(slideBreaks && pages.length > 1) &&
      !page.picture,
    // Its last block introduces the subsection after it; so does a heading with nothing under it
    // (its subsections are what it shows), which a lead-in before it introduces along with them.
    introduces:
      index === pages.length - 1 &&
      subsectionNext === true &&
      (page.nodes.length === 0 || endsWithLeadIn(page.nodes.at(-1) as RootContent)),
  }))
}

/**
 * A heading made of the lead-in ("Then the block entity:") or bold line
 * opening a page, taken off the page, when it takes no more room than the
 * heading the page was planned with; `undefined` for other pages.
 */
function leadInTitle(page: Page, planned: Heading): Heading | undefined {
  const [first] = page.nodes
  if (first?.type !== 'paragraph') return undefined
  const bold = first.children.length === 1 && first.children[0]?.type === 'strong'
  if (!bold && !isLeadIn(first)) return undefined
  const text = plainText(first)
    .replace(/\s*[:：]\s*$/u, '')
    .trim()
  const heading: Heading = {
    type: 'heading',
    depth: planned.depth,
    children: [{ type: 'text', value: text }],
  }
  if (text === '' || headingHeight(heading) > headingHeight(planned)) return undefined
  // The notes keep its words as the page has them.
  page.notes.unshift(asNote(page.nodes.shift() as RootContent))
  return heading
}

/**
 * Let runs of short slides share: a section that fits one slide joins the
 * slide before it (sibling sections side by side, a heading with no text
 * above its first subsection), and a run too long for one slide is cut into
 * as few slides as it needs, balanced. A continuation slide (`(2/3)`) takes
 * no one in, and only a section that fits one slide joins another.
 */
function shareSlides(columns: Planned[][], imageSizes: ImageSizes): Slide[][] {
  const flat = columns.flatMap((column, index) =>
    column.map((planned) => ({ planned, column: index })),
  )
  const out: Slide[][] = columns.map(() => [])
  const heights = new Map<Slide, number>()
  // Slides whose last section ends with a lead-in of the subsection after it.
  const introducing = new Set<Slide>()
  const room = bodyHeight(undefined)
  let start = 0
  while (start < flat.length) {
    let end = start + 1
    while (end < flat.length && joins(flat[end - 1]?.planned, flat[end]?.planned)) end++
    const run = flat.slice(start, end)
    for (const group of balancedGroups(
      run.map((entry) => entry.planned.height),
      room,
      run.map((entry) => entry.planned.introduces === true),
    )) {
      const [first, ...rest] = group.map((index) => run[index] as (typeof run)[number])
      if (!first) continue
      const host = first.planned.slide
      for (const { planned } of rest) {
        // A heading with no text of its own that rode above this section keeps its place above it.
        if (planned.slide.kicker) host.nodes.push(planned.slide.kicker)
        if (planned.slide.heading) host.nodes.push(planned.slide.heading)
        host.nodes.push(...planned.slide.nodes)
        host.notes.push(...planned.slide.notes)
      }
      heights.set(
        host,
        group.reduce((total, index) => total + (run[index]?.planned.height ?? 0), 0),
      )
      if (run[group.at(-1) as number]?.planned.introduces) introducing.add(host)
      out[first.column]?.push(host)
    }
    start = end
  }
  sayLeadInsWithSubsections(out, introducing)
  return foldSlightSlides(out, heights, imageSizes)
}

/**
 * A lead-in ending a slide ("…two approaches:") whose subsection could not
 * share the slide goes to the notes of the subsection's slide, said as it
 * comes up, rather than left alone at the foot. A slide with nothing else to
 * show keeps it (`foldSlightSlides` may make its heading the next one's kicker).
 */
function sayLeadInsWithSubsections(columns: Slide[][], introducing: ReadonlySet<Slide>): void {
  const flat = columns.flat()
  for (const [index, slide] of flat.entries()) {
    const next = flat[index + 1]
    const last = slide.nodes.at(-1)
    if (!introducing.has(slide) || !next || !last || !isLeadIn(last)) continue
    if (!slide.nodes.slice(0, -1).some((node) => node.type !== 'heading')) continue
    slide.nodes.pop()
    next.notes.unshift(asNote(last))
  }
}

/** Height of a kicker above a slide's heading (deck.css: `.kicker`). */
const kickerHeight = 36

/**
 * A slide that still shows a heading and a line or two of text, followed by
 * the first slide of a deeper section, becomes that slide's kicker: its
 * heading rides above, its text goes to the notes, when the room allows.
 */
function foldSlightSlides(
  columns: Slide[][],
  heights: Map<Slide, number>,
  imageSizes: ImageSizes,
): Slide[][] {
  const flat = columns.flatMap((column, index) => column.map((slide) => ({ slide, column: index })))
  const folded = new Set<Slide>()
  for (const [index, { slide }] of flat.entries()) {
    const next = flat[index + 1]?.slide
    if (!slide.heading || slide.kicker || !next?.heading || next.kicker || next.picture) continue
    if (next.id !== next.anchor || next.heading.depth <= slide.heading.depth) continue
    const shown = slide.nodes.reduce((total, node) => total + blockHeight(node), 0)
    const slight =
      slide.nodes.length > 0 &&
      slide.nodes.every((node) => node.type === 'paragraph' && !isImageParagraph(node)) &&
      shown <= bodyHeight(undefined) * 0.2
    // Pictures on the slide below give up some height, down to a fair part of the slide.
    const rigid = next.nodes.some(isPicture)
      ? headingHeight(next.heading) +
        next.nodes.reduce(
          (total, node) =>
            total +
            (isPicture(node)
              ? pictureFloor(node, imageSizes, bodyHeight(undefined))
              : blockHeight(node, imageSizes)),
          0,
        )
      : (heights.get(next) ?? 0)
    if (!slight || rigid + kickerHeight > bodyHeight(undefined)) continue
    next.kicker = slide.heading
    next.notes.unshift(...slide.nodes, ...slide.notes)
    folded.add(slide)
  }
  return columns.map((column) => column.filter((slide) => !folded.has(slide)))
}

/** Whether `next` may share the slide of `previous`: a whole section after a slide that ends its own. */
function joins(previous: Planned | undefined, next: Planned | undefined): boolean {
  if (!previous?.open || !next?.slide.heading || next.slide.picture) return false
  const wholeSection = next.slide.id === next.slide.anchor && next.open
  // A section ending with a lead-in of its subsection ("…two approaches:") goes on with it when they fit.
  const fits =
    previous.introduces === true &&
    previous.slide.nodes.length > 0 &&
    previous.height + next.height <= bodyHeight(undefined)
  return wholeSection && (fits || previous.height < nearlyEmpty || next.height < nearlyEmpty)
}

/**
 * Cut a run of slide heights into consecutive groups that each fit `room`:
 * the fewest groups possible, as even as the heights allow. A group does not
 * end with one that `introduces` the next: that one moves on with it.
 */
function balancedGroups(
  heights: readonly number[],
  room: number,
  introduces: readonly boolean[] = [],
): number[][] {
  const total = heights.reduce((sum, height) => sum + height, 0)
  for (let count = Math.max(1, Math.ceil(total / room)); count <= heights.length; count++) {
    const target = total / count
    const groups: number[][] = [[]]
    let used = 0
    for (const [index, height] of heights.entries()) {
      const group = groups.at(-1) as number[]
      if (group.length > 0 && (used + height > room || used + height / 2 > target)) {
        // Those ending the group that introduce what follows (a chain: a lead-in, then a bare heading) move on.
        const carried: number[] = []
        while (group.length > 1 && introduces[group.at(-1) as number]) {
          const last = group.pop() as number
          carried.unshift(last)
          used -= heights[last] ?? 0
        }
        groups.push([...carried, index])
        used = carried.reduce((sum, at) => sum + (heights[at] ?? 0), height)
      } else {
        group.push(index)
        used += height
      }
    }
    if (groups.length <= count) return groups
  }
  return heights.map((_, index) => [index])
}

function numbered(
  heading: Heading,
  index: number,
  count: number,
  extra: PhrasingContent[] = [],
): Heading {
  const mark: PhrasingContent = { type: 'text', value: ` (${index}/${count})` }
  return { ...heading, children: [...heading.children, mark, ...extra] }
}
