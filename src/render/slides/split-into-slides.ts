import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { type DeckNotes, deckNotes } from '../words/deck-notes.js'
import { interfaceWords } from '../words/interface-words.js'
import { foldEmptySections } from './empty-sections.js'
import { frameworkHtmlToNotes } from './framework-html.js'
import { readHtmlProse } from './html-prose.js'
import { isLayoutHtml } from './layout-html.js'
import { type Page, type PageOptions, paginate } from './paginate/index.js'
import { isStepTitle } from './paginate/lead-ins.js'
import { type ImageSizes, referenceKey } from './picture-metrics.js'
import { endsWithLeadIn, isLeadIn } from './prose.js'
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
import { type Planned, shareSlides } from './share-slides.js'
import { blockHeight, headingHeight } from './slide-metrics.js'
import { walkthroughSteps } from './walkthrough-steps.js'

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

/**
 * Cut a post into slides. Each section (a heading and its text) makes one
 * slide or more (`paginate`); short sibling sections share a slide, and a
 * heading with no text of its own joins the slide of what follows it. Top-level
 * sections (see `sectionLevel`) start a column of the model. `---` starts a
 * new slide only in a post written as slides (`writtenAsSlides`). Headings
 * that only wrap the post ("Table of contents", a body H1 repeating the
 * title) make no slide. Prose written in HTML is read as paragraphs first
 * (`readHtmlProse`); HTML written for a template engine goes to the notes
 * (`frameworkHtmlToNotes`); a heading left empty goes to the notes
 * (`foldEmptySections`); HTML tags that only centre or box what is between
 * them are left out (`isLayoutHtml`). Front matter is not shown; nothing else
 * is dropped.
 */
export function splitIntoSlides(post: Root, options: SlideOptions = {}): SlideModel {
  const children = readHtmlProse(post.children).filter((node) => !isLayoutHtml(node))
  const tree: Root = { ...post, children: children.map(frameworkHtmlToNotes) }
  const slideBreaks = writtenAsSlides(tree)
  // A heading left empty makes no slide: its words go to the notes before it.
  const sections = slideBreaks
    ? slidesOf(tree, options.title)
    : foldEmptySections(sectionsOf(tree, options.title))
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
  const pageOptions = {
    slideBreaks,
    imageSizes,
    notes,
    subsectionNext,
    // A section with no heading of its own (an essay's opening) links to the top of the page.
    pageHref: id === undefined ? '../index.html' : `../index.html#${encodeURIComponent(id)}`,
  }
  let laidOut: Page[] = paginate(section.blocks, planned, { ...pageOptions, maxSlides })
  // A long run of one section (a walkthrough with no subheadings) is cut at its steps, each titled.
  const steps =
    maxSlides !== undefined && laidOut.length > 4 && !slideBreaks && section.heading && planned
      ? walkthroughSteps(section.blocks, section.heading, { ...pageOptions, maxSlides })
      : undefined
  if (steps) laidOut = steps.map((step) => step.page)
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
  // A long run of one section (a post with no subheadings) titles its slides by the lead-ins opening them;
  // any later slide opening with a step's title (`2、remove —— …`) takes it as its own.
  const longRun = maxSlides !== undefined && pages.length > 4
  const own = pages.map((page, index) =>
    steps
      ? steps[index]?.heading
      : index > 0 && planned && (longRun || opensWithStepTitle(page))
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

/** Whether a page opens with a step's title written as a line of its own. */
function opensWithStepTitle(page: Page): boolean {
  const [first] = page.nodes
  return first !== undefined && isStepTitle(first)
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
  const step = isStepTitle(first)
  if (!bold && !step && !isLeadIn(first)) return undefined
  const text = plainText(first)
    .replace(/\s*[:：]\s*$/u, '')
    .trim()
  const heading: Heading = { type: 'heading', depth: planned.depth, children: titleWords(first) }
  // A step's title may take the room of its own line too, which leaves the page.
  const room = headingHeight(planned) + (step ? blockHeight(first, {}) : 0)
  if (text === '' || headingHeight(heading) > room) return undefined
  // The notes keep its words as the page has them.
  page.notes.unshift(asNote(page.nodes.shift() as RootContent))
  return heading
}

/**
 * The words of a line taken as a slide's title, as written (math, code,
 * emphasis and links kept), the bold wrapping all of it and the colon ending
 * it left out.
 */
function titleWords(line: Paragraph): PhrasingContent[] {
  const content = line.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  )
  const [only] = content
  const words = structuredClone(
    content.length === 1 && only?.type === 'strong' ? only.children : content,
  )
  const last = words.at(-1)
  if (last?.type === 'text') {
    last.value = last.value.replace(/\s*[:：]\s*$/u, '').trimEnd()
    if (last.value === '') words.pop()
  }
  const first = words[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  return words
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
