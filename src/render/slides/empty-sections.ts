import type { RootContent } from 'mdast'
import { nearlyEmpty, type Section } from './sections.js'
import { blockHeight } from './slide-metrics.js'

/**
 * Sections with nothing to present: a heading with no text under it and no
 * subsection after it (the next heading is a sibling or shallower, or there
 * is none), as a post keeps a heading it never filled (`### 6.中断相关`
 * before `## 步骤`) or a divider written as a heading (`# ====额外====`).
 * A speaker leaves such a heading out of the deck rather than give it a slide
 * of its own or a line at the foot of a sibling's; its words go to the notes
 * of the section before it, so nothing of the page is lost. A heading with
 * subsections under it is not empty: it rides above the first (`ridersOf`).
 * The opening section (no heading) and the first section are kept as they are.
 */
export function foldEmptySections(sections: readonly Section[]): Section[] {
  const kept: Section[] = []
  for (const [index, section] of sections.entries()) {
    kept.push({ ...section, blocks: [...section.blocks] })
    const after = sections.slice(index + 1)
    // Folding one may leave the section before it empty too (`## A` whose only `### A.1` was empty).
    for (
      let last = kept.at(-1);
      last && isEmptyBefore(last, after) && kept.length > 1;
      last = kept.at(-1)
    ) {
      kept.pop()
      kept.at(-1)?.blocks.push(headingNote(last), ...last.blocks)
    }
  }
  return kept
}

/**
 * Whether `section` is a heading with nothing to show and no subsection in
 * the sections `after` it. Empty siblings in a row before a deeper section,
 * or before a sibling filling most of a slide, are not: they ride above it
 * as one kicker (`ridersOf`: `## Using docker`, `## Mirrors`, `### Changing
 * the source`), unless one holds the notes of a heading folded into it.
 */
function isEmptyBefore(section: Section, after: readonly Section[]): boolean {
  const heading = section.heading
  if (!heading || !section.blocks.every(isNotesOnly)) return false
  const next = after.find(
    (other) => !(other.heading?.depth === heading.depth && other.blocks.length === 0),
  )
  const rides =
    section.blocks.length === 0 &&
    next?.heading !== undefined &&
    (next.heading.depth > heading.depth ||
      (next.heading.depth === heading.depth && height(next.blocks) > nearlyEmpty))
  if (rides) return false
  return !after[0]?.heading || after[0].heading.depth <= heading.depth
}

function height(blocks: readonly RootContent[]): number {
  return blocks.reduce((total, node) => total + blockHeight(node), 0)
}

/** The words of a section's heading, said in the notes: all of them, of a heading the slides would show shortened. */
function headingNote(section: Section): RootContent {
  const heading = section.heading
  const children = heading?.data?.longText ?? heading?.children ?? []
  return { type: 'paragraph', data: { toNotes: true }, children }
}

function isNotesOnly(node: RootContent): boolean {
  return node.data !== undefined && 'toNotes' in node.data && node.data.toNotes === true
}
