import type { RootContent } from 'mdast'
import { isPicture } from './paginate/index.js'
import { type ImageSizes, pictureFloor } from './picture-metrics.js'
import { isImageParagraph, isKeyPoints, isLeadIn } from './prose.js'
import { asNote, joinHeadings, nearlyEmpty } from './sections.js'
import { canvas } from './slide-canvas.js'
import { groupRun } from './slide-groups.js'
import { blockHeight, bodyHeight, headingHeight } from './slide-metrics.js'
import type { Slide } from './split-into-slides.js'

/** A section's slide while planning: its page, and whether it may share the slide with the next. */
export interface Planned {
  slide: Slide
  height: number
  /** The last slide of its section, not followed by a `---` break: the next section may join it. */
  open: boolean
  /** Its last block introduces the subsection after it ("…as follows:"): a slide never ends with it. */
  introduces?: boolean
}

/** A slide whose content ends above this (200 px down, the padding aside) is nearly empty: a fault. */
const slightHeight = 200 - canvas.padding

/**
 * Let runs of short slides share: a section that fits one slide joins the
 * slide before it (sibling sections side by side, each under its own heading;
 * a heading with no text above its first subsection), and a run too long for
 * one slide is cut into whole sections (`groupRun`): the fewest slides, none
 * left nearly empty where another cut avoids it, each headed by its
 * shallowest section, balanced. A continuation slide (`(2/3)`) takes no one
 * in, and only a section that fits one slide joins another.
 */
export function shareSlides(columns: Planned[][], imageSizes: ImageSizes): Slide[][] {
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
    const entries = run.map(({ planned }) => ({
      height: planned.height,
      // A heading with nothing under it (an empty section) does not end a slide either.
      introduces: planned.introduces === true || planned.slide.nodes.length === 0,
      depth: planned.slide.heading?.depth ?? 0,
    }))
    for (const group of groupRun(entries, room, slightHeight)) {
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
 * A slide that still shows a heading and a line or two of text (a one-line
 * quotation or note box too, the key sentences of prose said in its notes),
 * followed by the first slide of a deeper
 * section, becomes that slide's kicker: its heading rides above (before the
 * kicker already there, `A › B`), its text goes to the notes, when the room
 * allows.
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
    if (!slide.heading || slide.kicker || !next?.heading) continue
    // A kicker already there (a part heading with no text) is deeper: this one rides before it, `A › B`.
    if (next.kicker && next.kicker.depth <= slide.heading.depth) continue
    if (next.id !== next.anchor || next.heading.depth <= slide.heading.depth) continue
    const shown = slide.nodes.reduce((total, node) => total + blockHeight(node), 0)
    const slight =
      slide.nodes.length > 0 &&
      slide.nodes.every(isSlightText) &&
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
    next.kicker = joinHeadings(next.kicker ? [slide.heading, next.kicker] : [slide.heading])
    // The key sentences of prose in the notes are said with it, not twice.
    next.notes.unshift(...slide.nodes.filter((node) => !isKeyPoints(node)), ...slide.notes)
    folded.add(slide)
  }
  return columns.map((column) => column.filter((slide) => !folded.has(slide)))
}

/**
 * Whether `next` may share the slide of `previous`: a whole section after a
 * slide that ends its own, either being short. Only whole sections share,
 * but for a section of a line or two (nearly empty alone) before a sibling
 * cut in two, which may go on the sibling's first slide; a section's other
 * slides keep to themselves.
 */
function joins(previous: Planned | undefined, next: Planned | undefined): boolean {
  if (!previous?.open || !next?.slide.heading || next.slide.picture) return false
  const wholeSection = next.slide.id === next.slide.anchor && next.open
  // A section nearly empty alone before a sibling cut over several slides goes on that sibling's first slide.
  const siblingOpening =
    next.slide.id === next.slide.anchor &&
    previous.slide.id === previous.slide.anchor &&
    previous.height < slightHeight &&
    previous.slide.heading !== undefined &&
    // Its sibling may be a heading with no text riding above its first subsection (its kicker).
    (next.slide.kicker ?? next.slide.heading).depth <= previous.slide.heading.depth
  if (siblingOpening && !wholeSection) return true
  // A section ending with a lead-in of its subsection ("…two approaches:") goes on with it when they fit.
  const fits =
    previous.introduces === true &&
    previous.slide.nodes.length > 0 &&
    previous.height + next.height <= bodyHeight(undefined)
  return wholeSection && (fits || previous.height < nearlyEmpty || next.height < nearlyEmpty)
}

/**
 * Whether a block is text a speaker says rather than shows: a paragraph
 * without a picture, a quotation of such paragraphs, or HTML holding only
 * text (a note box: `<div class="note"><p>…</p></div>`).
 */
function isSlightText(node: RootContent): boolean {
  if (node.type === 'paragraph') return !isImageParagraph(node)
  // The key sentences of its prose, the prose itself in the notes.
  if (isKeyPoints(node)) return true
  if (node.type === 'blockquote') return node.children.every(isSlightText)
  if (node.type === 'html')
    return !/<(img|picture|video|iframe|table|pre|svg|canvas|audio|object|embed)\b/i.test(
      node.value,
    )
  return false
}
