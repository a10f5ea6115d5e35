import type { Heading, PhrasingContent, Root, RootContent } from 'mdast'
import { paginate } from './paginate.js'

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
}

/**
 * The body of a deck (the title slide aside): columns of slides. A column is
 * a horizontal step, a top-level section; the slides in it stack vertically.
 */
export interface SlideModel {
  columns: Slide[][]
}

/** How to cut a post into slides. */
export interface SlideOptions {
  /** Heading level of the top-level sections; by default the post decides. */
  level?: number | undefined
}

interface Section {
  heading: Heading | undefined
  blocks: RootContent[]
}

/**
 * Cut a post into slides. Top-level sections (see `sectionLevel`) become
 * columns; a section's own text is its first slide, and each deeper heading
 * starts a slide beneath it. Within a section, `---` starts a new slide,
 * long prose goes to the speaker notes, and what does not fit one slide
 * continues on the next (`paginate`). Front matter is not shown; nothing
 * else of the post is dropped.
 */
export function splitIntoSlides(tree: Root, options: SlideOptions = {}): SlideModel {
  const level = options.level ?? sectionLevel(tree)
  const columns: Slide[][] = []
  for (const section of sectionsOf(tree)) {
    const slides = slidesOf(section)
    const startsColumn = !section.heading || section.heading.depth <= level || columns.length === 0
    if (startsColumn) columns.push(slides)
    else columns.at(-1)?.push(...slides)
  }
  return { columns: columns.filter((column) => column.length > 0) }
}

/** How many slides a model makes in reveal.js, the title slide included. */
export function countSlides(model: SlideModel): number {
  return 1 + model.columns.reduce((total, column) => total + column.length, 0)
}

/**
 * The heading level of a post's top-level sections: the shallowest level it
 * uses at least twice, so a lone title-like heading above them (an `# H1`
 * opening the post) does not swallow the whole post into one section.
 */
export function sectionLevel(tree: Root): number {
  const depths = tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((node) => node.depth)
  if (depths.length === 0) return 1
  const repeated = depths.filter((depth, index) => depths.indexOf(depth) !== index)
  return Math.min(...(repeated.length > 0 ? repeated : depths))
}

function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [{ heading: undefined, blocks: [] }]
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'definition') continue
    if (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)) continue
    if (node.type === 'heading') sections.push({ heading: node, blocks: [] })
    else sections.at(-1)?.blocks.push(node)
  }
  return sections.filter((section) => section.heading || section.blocks.length > 0)
}

function slidesOf(section: Section): Slide[] {
  // Continuation slides carry a longer heading (`(2/3)`); plan with the longest.
  const planned = section.heading && numbered(section.heading, 10, 10)
  const pages = paginate(section.blocks, planned)
  const id = section.heading?.data?.id
  return pages.map((page, index) => ({
    heading:
      section.heading && pages.length > 1
        ? numbered(section.heading, index + 1, pages.length)
        : section.heading,
    anchor: id,
    id: id === undefined ? undefined : index === 0 ? id : `${id}-${index + 1}`,
    nodes: page.nodes,
    notes: page.notes,
  }))
}

function numbered(heading: Heading, index: number, count: number): Heading {
  const mark: PhrasingContent = { type: 'text', value: ` (${index}/${count})` }
  return { ...heading, children: [...heading.children, mark] }
}
