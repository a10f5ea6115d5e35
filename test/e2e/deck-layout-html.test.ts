import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A lead-in above a picture wrapped in `<center><br>` … `</center><br>`, as blogs rendered by pandoc write it. */
const cases = [
  { name: 'deck-layout-html-en', leadIn: "Let's look again at the full diagram:" },
  { name: 'deck-layout-html-zh', leadIn: '再看一遍完整的示意图：' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, leadIn }) => {
  it('keeps the lead-in with its picture, the wrapping tags showing nothing', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => ({
        pictures: slide.querySelectorAll('.slide-body img').length,
        paragraphs: [...slide.querySelectorAll('.slide-body > p')].map((p) => p.textContent.trim()),
      }))`)) as { pictures: number; paragraphs: string[] }[]
    const picture = slides.find((slide) => slide.pictures === 1)
    expect(picture?.paragraphs).toContain(leadIn)
    const measures = await measureDeck(page, leadIns)
    expect(measures.cutLeadIns).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
