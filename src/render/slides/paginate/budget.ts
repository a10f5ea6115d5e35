import type { Paragraph, RootContent } from 'mdast'
import type { Page, PageOptions } from './page.js'

export const moreLineHeight = 48

/** Pages that count against a section's budget: those given to a picture do not. */
export function textPages(pages: readonly Page[]): number {
  return pages.filter((page) => !page.picture).length
}

/**
 * The first `count` pages (and the picture slides among them); the rest moves
 * to the notes of the last, which says how much is left on the page.
 */
export function keepFirst(pages: Page[], count: number, options: PageOptions): Page[] {
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
export function moreOnPage(words: string, pageHref: string | undefined): Paragraph {
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
