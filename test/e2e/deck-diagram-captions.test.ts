import { describe, expect, it } from 'vitest'
import { measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** Diagrams each explained by a long paragraph after them, which the deck says rather than shows. */
const cases = [
  {
    name: 'deck-diagram-captions-en',
    keys: ['A transaction is a unit of work.', 'The log is written first.'],
  },
  {
    name: 'deck-diagram-captions-zh',
    keys: ['事务其实就是并发控制的基本单位', '日志总是先于数据页写入磁盘'],
  },
]
const decks = fixtureDecks(cases.map((entry) => entry.name))

describe.each(cases)('the deck of $name', ({ name, keys }) => {
  it('shows each paragraph’s key sentence under its diagram, not on a slide of its own', async () => {
    const page = await decks.newPage()
    await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`(() => Reveal.getSlides().map((slide) => {
      const body = slide.querySelector(':scope > .slide-body')
      return { text: body ? body.textContent : '', images: body ? body.querySelectorAll('img').length : 0 }
    }))()`)) as { text: string; images: number }[]
    for (const key of keys) {
      const holding = slides.filter((slide) => slide.text.includes(key))
      expect(holding, key).toHaveLength(1)
      expect(holding[0]?.images, key).toBe(1)
    }
    const measures = await measureDeck(page)
    expect(measures.tinyParts).toEqual([])
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.underControls).toEqual([])
    await page.close()
  })
})
