import type { Paragraph, RootContent } from 'mdast'
import type { Page, PageOptions } from './page.js'

export const moreLineHeight = 48

/**
 * The first `count` pages; the rest moves to the notes of the last, which
 * says how much is left on the page. Note: a slide given to a picture counts
 * like any other, so a run of screenshots keeps to the budget too.
 */
export function keepFirst(pages: Page[], count: number, options: PageOptions): Page[] {
  const kept = pages.slice(0, count)
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
