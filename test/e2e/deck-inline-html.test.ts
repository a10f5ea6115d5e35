import { describe, expect, it } from 'vitest'
import {
  coverage,
  measureDeck,
  pageLeadIns,
  pageSectionEnds,
  pageTextBlocks,
} from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * A Hugo post styled with inline HTML: an `<h2>` left open (`</h>`) in an
 * alert box above a picture, and a "More:" lead-in in `<font><i>` above its
 * lines of links.
 */
const cases = [
  {
    name: 'deck-inline-html-en',
    warning: 'Every command from here on runs against the new system!',
  },
  { name: 'deck-inline-html-zh', warning: '从这里开始的每条命令都作用于新系统！' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, warning }) => {
  it('ends an open HTML heading with its paragraph and keeps a styled lead-in with its block', async () => {
    const page = await decks.newPage()
    await page.goto(decks.url(name, 'index.html'))
    // On the page too, the heading holds only its words, not the picture and the rest of the post.
    expect(
      await page.evaluate(
        `document.querySelectorAll('.post-body h2 img, .post-body h2 pre').length`,
      ),
    ).toBe(0)
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    const sectionEnds = await pageSectionEnds(page)
    await decks.showDeck(page, name)
    const headings = (await page.evaluate(
      `[...document.querySelectorAll('.slide-body h2')].map((heading) => heading.textContent.trim())`,
    )) as string[]
    expect(headings).toContain(warning)
    const measures = await measureDeck(page, leadIns, sectionEnds)
    expect(measures.headingOnly).toEqual([])
    expect(measures.cutLeadIns).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.blank).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
