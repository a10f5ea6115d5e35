import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { type Page, type PageOptions, paginate } from './paginate/index.js'
import { isStepTitle } from './paginate/lead-ins.js'
import { introducesOutput, isOutput, isOutputLabel, isProgram } from './paginate/outputs.js'
import { asShownNotes, isForNotes } from './paginate/page.js'
import { endsWithLeadIn, isImageParagraph, keySentence } from './prose.js'
import { nearlyEmpty } from './sections.js'
import { headingHeight, headingLines } from './slide-metrics.js'

/** Slides one step may take: one and three continuations, as any section. */
const stepSlides = 4

/** A step's title wraps to at most this many lines; a longer one is cut at a clause, else is no title. */
const maxTitleLines = 2

/** One slide of a walkthrough: its page and the heading it shows. */
export interface StepPage {
  page: Page
  heading: Heading
}

/**
 * A long section with no subheadings (a walkthrough: a line, then its
 * screenshot or code, again and again) cut at its natural steps, as a
 * speaker titles the slides of one: a step opens at the paragraph right
 * before a block it shows (code, a table, math, a picture) or at a bold
 * run-in lead or a step's title, and is titled by that paragraph's key
 * sentence (its bold lead, or its first sentence), which leaves the slide
 * (the notes keep the paragraph as written); a step opens at a `<details>`
 * entry too, titled by its `<summary>`. Each step keeps to four slides,
 * numbered `(2/3)` under its own title; the section keeps to `maxSlides`, the
 * last step shown saying how much more is on the page. `undefined` when the
 * section has fewer than two steps.
 */
export function walkthroughSteps(
  blocks: readonly RootContent[],
  heading: Heading,
  options: Omit<PageOptions, 'maxSlides'> & { maxSlides: number },
): StepPage[] | undefined {
  // A section whose steps have titles of their own (`Step 1 ...`, `1、...`, a bold line) is
  // cut at those titles by the paginator, each shown above what it names.
  if (blocks.some(isStepTitle)) return undefined
  const steps = stepsOf(blocks, heading, options)
  if (steps.length < 2) return undefined
  const out: StepPage[] = []
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step
    const left = options.maxSlides - out.length
    // The last step there is room for takes the rest, its last slide pointing to the page.
    const last = index === steps.length - 1 || left <= stepSlides
    // (An entry taken in shows its summary again, as written.)
    const stepBlocks = last
      ? steps
          .slice(index)
          .flatMap((rest, at) =>
            at > 0 && rest.summary && rest.opener
              ? [rest.opener, ...rest.blocks.slice(1)]
              : rest.blocks,
          )
      : step.blocks
    const stepOptions = { ...options, maxSlides: Math.min(stepSlides, left) }
    let pages = paginate(stepBlocks, numbered(step.title, 10, 10), stepOptions)
    // A title of two lines gives way to its first clause when the room it leaves saves a slide.
    if (step.shortTitle && pages.length > 1) {
      const shorter = paginate(stepBlocks, numbered(step.shortTitle, 10, 10), stepOptions)
      if (shorter.length < pages.length) {
        step.title = step.shortTitle
        pages = shorter
      }
    }
    // A step of a line or two ("The only problem I had was" and its one line of code) goes on
    // with the next, whose opening paragraph it then shows, when both fit one slide; a last
    // step of a line or two is taken in by the one before it the same way, never left alone.
    const next = steps[index + 1]
    const shortLast = next !== undefined && index + 1 === steps.length - 1 && isShort(next, options)
    if (!last && next && pages.length === 1 && (isShortPage(pages, step.title) || shortLast)) {
      const joined = [
        ...step.blocks,
        ...(next.opener ? [next.opener, ...next.blocks.slice(1)] : next.blocks),
      ]
      if (
        paginate(joined, numbered(step.title, 10, 10), { ...options, maxSlides: stepSlides })
          .length === 1
      ) {
        step.blocks = joined
        steps.splice(index + 1, 1)
        index--
        continue
      }
    }
    for (const [at, page] of pages.entries())
      out.push({
        page,
        heading: pages.length > 1 ? numbered(step.title, at + 1, pages.length) : step.title,
      })
    if (last) break
  }
  return out
}

/** Whether pages are one slide filled only near its top: a step of a line or two. */
function isShortPage(pages: readonly Page[], title: Heading): boolean {
  const [only] = pages
  return (
    pages.length === 1 && only !== undefined && only.height + headingHeight(title) < nearlyEmpty
  )
}

function isShort(step: Step, options: Omit<PageOptions, 'maxSlides'>): boolean {
  const pages = paginate(step.blocks, numbered(step.title, 10, 10), {
    ...options,
    maxSlides: stepSlides,
  })
  return isShortPage(pages, step.title)
}

interface Step {
  title: Heading
  blocks: RootContent[]
  /** The paragraph opening the step as written (its first block is that paragraph marked for the notes). */
  opener?: RootContent
  /** A title of more than one line cut to one at a clause, for a step that needs the room. */
  shortTitle?: Heading | undefined
  /** Opened at a `<details>` entry, titled by its summary. */
  summary?: boolean
}

/** The section's blocks cut into steps, the first under the section's own heading. */
function stepsOf(
  blocks: readonly RootContent[],
  heading: Heading,
  options: Omit<PageOptions, 'maxSlides'>,
): Step[] {
  const steps: Step[] = [{ title: heading, blocks: [] }]
  for (const [index, node] of blocks.entries()) {
    const next = blocks.slice(index + 1).find((block) => !isForNotes(block))
    // An entry a lead-in introduces ("Here is the decorator:") stays under it, as does one after
    // a step of a line or two, which it would leave alone on a slide.
    const above = blocks[index - 1]
    const summary =
      above && endsWithLeadIn(above)
        ? undefined
        : (() => {
            const found = summaryStep(node, heading)
            const current = steps.at(-1) as Step
            return found && current.blocks.length > 0 && isShort(current, options)
              ? undefined
              : found
          })()
    const title =
      summary?.title ??
      (opensStep(node, next) && !isOutputLeadIn(blocks, index)
        ? stepTitle(node as Paragraph, heading)
        : undefined)
    const current = steps.at(-1) as Step
    if (!title || current.blocks.every(isForNotes)) current.blocks.push(node)
    else if (summary) steps.push({ title, blocks: [summary.shown], opener: node, summary: true })
    else {
      const shortTitle =
        headingLines(`${plainText(title)} (10/10)`) > 1
          ? stepTitle(node as Paragraph, heading, 1)
          : undefined
      steps.push({ title, blocks: [asShownNotes(node)], opener: node, shortTitle })
    }
  }
  return steps.filter((step) => step.blocks.length > 0)
}

/** An HTML block opening a `<details>` entry with its `<summary>`: the tag, the summary, the rest. */
const detailsOpening = /^(\s*)<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i

/**
 * A step opening at a `<details>` entry (a dated log of changes, a folded
 * answer), titled by its `<summary>`, as a speaker titles the entry's slide;
 * the entry shown open under it, its summary not repeated. `undefined` for
 * other blocks, and for a summary too short or too long for a title.
 */
function summaryStep(
  node: RootContent,
  heading: Heading,
): { title: Heading; shown: RootContent } | undefined {
  if (node.type !== 'html') return undefined
  const match = detailsOpening.exec(node.value)
  const text = (match?.[2] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (!match || text.length < 4 || headingLines(`${text} (10/10)`) > maxTitleLines) return undefined
  // Note: a `<div>` holds the entry open; the `</details>` closing it is then ignored, as HTML does.
  const shown: RootContent = {
    ...node,
    value: `${match[1]}<div class="details">${node.value.slice(match[0].length)}`,
  }
  return {
    title: { type: 'heading', depth: heading.depth, children: [{ type: 'text', value: text }] },
    shown,
  }
}

/**
 * Whether the paragraph at `index` leads in the output of the code above it
 * (its verified output in between, if shown): "Output:" over the output
 * block, even one left to the notes because the verified output shows it.
 * Such a paragraph belongs to the code's step, as its output does.
 */
function isOutputLeadIn(blocks: readonly RootContent[], index: number): boolean {
  const node = blocks[index] as RootContent
  let above = index - 1
  while (above >= 0 && isOutput(blocks[above] as RootContent)) above--
  if (!isProgram(blocks[above])) return false
  return isOutputLabel(node) || introducesOutput(node, blocks[index + 1])
}

/** Whether a block opens a step: a paragraph right before a block it shows, a bold lead or a step's title. */
function opensStep(node: RootContent, next: RootContent | undefined): boolean {
  if (node.type !== 'paragraph' || isImageParagraph(node) || isForNotes(node)) return false
  if (isStepTitle(node)) return true
  const [first] = node.children
  if (first?.type === 'strong' && plainText(first).trim().length >= 2) return true
  return next !== undefined && isShownBlock(next)
}

function isShownBlock(node: RootContent): boolean {
  return (
    node.type === 'code' || node.type === 'table' || node.type === 'math' || isImageParagraph(node)
  )
}

/**
 * A step's title: its opening paragraph's key sentence, without the stop or
 * colon ending it; a long one cut after a clause (a comma, a semicolon, a
 * dash) to two lines, `undefined` when it has no such clause.
 */
function stepTitle(node: Paragraph, heading: Heading, lines = maxTitleLines): Heading | undefined {
  const key = keySentence(node)
  let text = plainText({ type: 'paragraph', children: key }).trim()
  let children = key
  if (text.endsWith('…') || headingLines(`${text} (10/10)`) > lines) {
    const clauses = [...text.matchAll(/[,，、;；:：—–]/gu)].map((match) => match.index)
    const end = clauses
      .reverse()
      .find((at) => headingLines(`${text.slice(0, at)} (10/10)`) <= lines)
    if (
      end === undefined ||
      end < 12 ||
      !key.every((child) => child.type === 'text' || child.type === 'inlineCode')
    )
      return undefined
    text = text.slice(0, end)
    children = [{ type: 'text', value: `${text}…` }]
  }
  if (text.length < 4) return undefined
  return { type: 'heading', depth: heading.depth, children: withoutStop(children) }
}

function withoutStop(children: PhrasingContent[]): PhrasingContent[] {
  const out = structuredClone(children)
  const last = out.at(-1)
  if (last?.type === 'text') last.value = last.value.replace(/\s*[.。:：]\s*$/u, '')
  return out
}

function numbered(heading: Heading, index: number, count: number): Heading {
  return {
    ...heading,
    children: [...heading.children, { type: 'text', value: ` (${index}/${count})` }],
  }
}
