import type { RootContent } from 'mdast'
import { isImageParagraph } from './prose.js'
import type { Section } from './sections.js'

/** Slides a talk of a post may take, spread over its sections when it has few. */
const deckBudget = 20

/** Slides any section may take: one and three continuations (`paginate`'s own budget). */
const sectionSlides = 4

/**
 * Slides each section may take, `undefined` for the usual four. In a post
 * whose text is one or two sections (a tutorial with no subheadings), the
 * deck's budget is shared among them so the talk still shows its code: a
 * section gets two slides for each block it shows (code, a table, math, a
 * picture; code and its output may take two) and one to open it, at least
 * four and at most its share. A
 * section of prose (an essay with no headings) keeps to four slides: beyond,
 * its slides say how much more is on the page, which the notes hold.
 */
export function sectionBudget(
  sections: readonly Section[],
): (section: Section) => number | undefined {
  const withText = sections.filter((section) =>
    section.blocks.some((node) => !(node.data && 'toNotes' in node.data)),
  ).length
  if (withText > 2) return () => undefined
  const share = Math.floor(deckBudget / Math.max(1, withText))
  return (section) => {
    const shown = section.blocks.filter(isShown).length
    return Math.min(share, Math.max(sectionSlides, 2 * shown + 1))
  }
}

/** Whether a block is something a talk shows rather than says: code, a table, math, a picture. */
function isShown(node: RootContent): boolean {
  if (node.data && 'toNotes' in node.data) return false
  if (node.type === 'code' || node.type === 'table' || node.type === 'math') return true
  if (node.type === 'paragraph')
    return isImageParagraph(node) || node.children.some((child) => child.type === 'image')
  if (node.type === 'list') return node.children.some((item) => item.children.some(isShown))
  return false
}
