import type { Heading, PhrasingContent, Root, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { endsWithLeadIn, isImageParagraph } from './prose.js'
import { canvas } from './slide-canvas.js'
import { blockHeight, bodyHeight, showsNothing } from './slide-metrics.js'

/**
 * The structure of a post as a deck reads it: its section level, its
 * sections (or, for a post written as slides, the parts between its `---`
 * breaks), and the bare headings that ride above the section after them.
 */

/** Slides below this height share with the next slide when both fit one. */
export const nearlyEmpty = 0.45 * canvas.height

/** A part of the post that makes a slide or a run of them: a heading and the blocks under it. */
export interface Section {
  heading: Heading | undefined
  blocks: RootContent[]
  /** One slide of a post written as slides. */
  authored?: boolean
}

/** Headings that only wrap a post: a table of contents, which the page makes itself. */
const wrapperHeading = /^\s*(table of contents|contents|toc|目录|目錄|文章目录|本文目录)\s*$/iu

/** Headings that close a post rather than structure it. */
const closingHeading =
  /^\s*(references?|参考资料|参考文献|参考链接|参考|參考資料|參考|see also|further reading|links|resources|相关链接|相關連結|延伸阅读|延伸閱讀|结语|結語|总结|總結|conclusion|summary)\s*$/iu

/**
 * The heading level of a post's top-level sections: the shallowest level it
 * uses at least twice, not counting headings that only wrap the post (a table
 * of contents, a body H1 repeating the title) or close it (`# References`
 * after `##` sections), so they do not swallow the post into one section.
 */
export function sectionLevel(tree: Root, title?: string): number {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const structural = headings.filter((heading, index) => {
    const text = plainText(heading)
    if (wrapperHeading.test(text) || (title !== undefined && sameTitle(text, title))) return false
    // A closing heading shallower than all the headings before it.
    const before = headings.slice(0, index)
    return !(
      closingHeading.test(text) &&
      before.length > 0 &&
      before.every((other) => other.depth > heading.depth)
    )
  })
  const depths = structural.map((node) => node.depth)
  if (depths.length === 0) return 1
  const repeated = depths.filter((depth, index) => depths.indexOf(depth) !== index)
  return Math.min(...(repeated.length > 0 ? repeated : depths))
}

/**
 * Whether a heading repeats the title: the same words, or the title's
 * characters in order with a few more between them (`第一个方块实体和其数据保存`
 * for `第一方块实体和数据保存`).
 */
function sameTitle(text: string, title: string): boolean {
  const fold = (value: string) => [...value.replace(/\s+/g, '').toLowerCase()]
  const heading = fold(text)
  const wanted = fold(title)
  if (heading.join('') === wanted.join('')) return true
  if (wanted.length < 6 || wanted.length < heading.length * 0.8) return false
  let at = 0
  for (const character of heading) if (character === wanted[at]) at++
  return at === wanted.length
}

/**
 * Whether the post is written as slides (a reveal-hugo, Marp or Slidev talk),
 * so each `---` starts a slide: it has at least three breaks, and at least
 * three in four of the parts between them would each fit on one slide (a
 * heading and a few lines, a picture, a snippet), as a speaker's slides do.
 * A post that uses `---` to divide long sections does not qualify: there
 * `---` is a divider on the page and the deck ignores it. Nor does one that
 * rules a line under nearly all its headings: its slides would end on
 * headings.
 */
export function writtenAsSlides(tree: Root): boolean {
  const parts = slideParts(tree)
  if (parts.length < 4) return false
  if (underlinesHeadings(tree)) return false
  const fitting = parts.filter((part) => {
    const heading = part[0]?.type === 'heading' ? part[0] : undefined
    const shown = part.filter((node) => node !== heading && !isHidden(node))
    const height = shown.reduce((total, node) => total + blockHeight(node), 0)
    return height <= bodyHeight(heading)
  })
  return fitting.length >= 0.75 * parts.length
}

/**
 * Whether a post rules a line under its headings: three in four of its
 * headings or more (three at least) have a `---` right after them. A talk's
 * slides end on a heading now and then (a subtitle, "Questions?"), not nearly
 * all of them.
 */
function underlinesHeadings(tree: Root): boolean {
  const shown = tree.children.filter(
    (node) => node.type !== 'yaml' && node.type !== 'definition' && !isHidden(node),
  )
  const headings = shown.filter((node) => node.type === 'heading').length
  const underlined = shown.filter(
    (node, index) => node.type === 'heading' && shown[index + 1]?.type === 'thematicBreak',
  ).length
  return underlined >= 3 && underlined >= 0.75 * headings
}

/** The parts of a post between its `---` breaks, each as the blocks it shows (empty parts left out). */
function slideParts(tree: Root): RootContent[][] {
  const parts: RootContent[][] = [[]]
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') parts.push([])
    else if (node.type !== 'yaml' && node.type !== 'definition') parts.at(-1)?.push(node)
  }
  return parts.filter((part) => part.some((node) => !isHidden(node)))
}

export function asNote(node: RootContent): RootContent {
  return { ...node, data: { ...node.data, toNotes: true } } as RootContent
}

function isNotesOnly(node: RootContent): boolean {
  return node.data !== undefined && 'toNotes' in node.data && node.data.toNotes === true
}

/** A block that shows nothing on a slide: an HTML comment or style sheet, a footnote's text. */
function isHidden(node: RootContent): boolean {
  return (node.type === 'html' && showsNothing(node.value)) || node.type === 'footnoteDefinition'
}

/**
 * The slides of a post written as slides: each part between `---` breaks is
 * one slide, titled by the heading it starts with; its other headings (a
 * subtitle, a closing punch line) stay on it, and a part with no heading
 * gets no title of its own, as its author made it.
 */
export function slidesOf(tree: Root, title: string | undefined): Section[] {
  // A part showing nothing (a background setting and its notes) gives its notes to the slide after it.
  const parts: RootContent[][] = []
  let carried: RootContent[] = []
  for (const part of slideParts(tree)) {
    if (part.every((node) => isHidden(node) || isNotesOnly(node))) carried.push(...part)
    else {
      parts.push([
        ...part.slice(0, part[0]?.type === 'heading' ? 1 : 0),
        ...carried,
        ...part.slice(part[0]?.type === 'heading' ? 1 : 0),
      ])
      carried = []
    }
  }
  if (carried.length > 0) parts.at(-1)?.push(...carried)
  return parts.map((part) => {
    const [first, ...rest] = part
    const wraps =
      first?.type === 'heading' &&
      title !== undefined &&
      first.depth === 1 &&
      sameTitle(plainText(first), title)
    if (first?.type === 'heading' && !wraps) return { heading: first, blocks: rest, authored: true }
    return { heading: undefined, blocks: part, authored: true }
  })
}

export function sectionsOf(tree: Root, title: string | undefined): Section[] {
  const sections: Section[] = [{ heading: undefined, blocks: [] }]
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'definition') continue
    if (node.type === 'html' && showsNothing(node.value)) continue
    // A `---` divider shows nothing on a slide: a heading with only a rule under it has no text of its own.
    if (node.type === 'thematicBreak') continue
    if (node.type === 'heading') {
      const text = plainText(node)
      // A wrapper heading makes no slide: the speaker notes keep its words; what it holds (a hand-written contents list) goes on.
      if (
        wrapperHeading.test(text) ||
        (title !== undefined && node.depth === 1 && sameTitle(text, title))
      ) {
        sections
          .at(-1)
          ?.blocks.push({ type: 'paragraph', data: { toNotes: true }, children: node.children })
        continue
      }
      sections.push({ heading: node, blocks: [] })
    } else sections.at(-1)?.blocks.push(node)
  }
  return sections.filter((section) => section.heading || section.blocks.length > 0)
}

/**
 * The heading of `section` when it has no text of its own, or only a line or
 * two introducing what follows (`slightLeadIn`: "…下面依次介绍："), and `next`
 * is a deeper section too long to share a slide with: it rides above `next`,
 * its line or two going to the notes of `next`'s first slide.
 */
function kickerOf(section: Section | undefined, next: Section | undefined): Heading | undefined {
  if (!section?.heading || !slightLeadIn(section.blocks) || !next?.heading) return undefined
  // A sibling heading right after it (`# Title` / `# References to it`) takes it along too.
  if (next.heading.depth < section.heading.depth) return undefined
  const height = next.blocks.reduce((total, node) => total + blockHeight(node), 0)
  return height > nearlyEmpty ? section.heading : undefined
}

/**
 * Whether `blocks` are nothing, or a line or two of text (no picture, code or
 * list) ending with a lead-in: the words introduce the subsections after them.
 */
function slightLeadIn(blocks: readonly RootContent[]): boolean {
  const last = blocks.at(-1)
  if (!last) return true
  const height = blocks.reduce((total, node) => total + blockHeight(node), 0)
  return (
    endsWithLeadIn(last) &&
    blocks.every((node) => node.type === 'paragraph' && !isImageParagraph(node)) &&
    height <= bodyHeight(undefined) * 0.2
  )
}

/**
 * The headings riding above section `index` as its kicker: the one before it
 * when `kickerOf` says so, and the chain of headings with no text of their
 * own above that one, each at its level or shallower (`3.` › `3.1` above
 * `3.1.1`), so no heading of the chain is left alone on a slide.
 */
export function ridersOf(sections: readonly Section[], index: number): Heading[] {
  const above = sections[index - 1]
  if (!above?.heading || !kickerOf(above, sections[index])) return []
  const riders = [above.heading]
  for (let at = index - 2; at >= 0; at--) {
    const heading = sections[at]?.heading
    const below = riders[0] as Heading
    if (!heading || (sections[at]?.blocks.length ?? 0) > 0 || heading.depth > below.depth) break
    riders.unshift(heading)
  }
  return riders
}

/**
 * Headings shown as one kicker, `X › Y`: the first keeps its node (and id),
 * each other is a span with its own id, so links from the page still land here.
 */
export function joinHeadings(headings: readonly Heading[]): Heading | undefined {
  const [first, ...rest] = headings
  if (!first) return undefined
  if (rest.length === 0) return first
  const children: PhrasingContent[] = [...first.children]
  for (const heading of rest) {
    const id = heading.data?.hProperties?.id
    children.push(
      { type: 'text', value: ' › ' },
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: id === undefined ? {} : { id } },
        children: heading.children,
      },
    )
  }
  return { ...first, children }
}
