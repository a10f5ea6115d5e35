import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * Posts keeping headings they never filled: an H3 with nothing under it
 * before a shallower H2, two empty H2s before a filled one. Once each made a
 * slide holding only its heading.
 */
const cases = [
  ['deck-empty-sections-en', ['Interrupts', 'Timers', 'Low-power modes']],
  ['deck-empty-sections-zh', ['6.中断相关', '定时器', '低功耗模式']],
] as const
const decks = fixtureDecks(cases.map(([name]) => name))

describe.each(cases)('the deck of %s', (name, emptyHeadings) => {
  it('gives no slide to a heading left empty, and says its words in the notes', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const { text, overflowing, blank, headingOnly, nearlyEmpty, cutLeadIns } = await measureDeck(
      page,
      leadIns,
    )
    expect({ overflowing, blank, headingOnly, nearlyEmpty, cutLeadIns }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      cutLeadIns: [],
    })
    const shownHeadings = (await page.evaluate(
      `Reveal.getSlides().flatMap((slide) => [...slide.querySelectorAll('.slide-body h1, .slide-body h2, .slide-body h3')].map((h) => h.textContent.trim()))`,
    )) as string[]
    for (const heading of emptyHeadings) expect(shownHeadings).not.toContain(heading)
    expect(coverage(blocks, text).ratio).toBe(1)
    await page.close()
  })
})
