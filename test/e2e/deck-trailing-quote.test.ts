import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A one-line quotation after a slide full of code, the next section too long to share a slide. */
const cases = [
  { name: 'deck-trailing-quote-en', quote: 'Java has a PriorityQueue data structure as well.' },
  { name: 'deck-trailing-quote-zh', quote: 'Java 中同样提供了 PriorityQueue 的数据结构。' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, quote }) => {
  it('says a quotation of a line left after a full slide in its notes, with no part of its own', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const notes = (await page.evaluate(
      `[...document.querySelectorAll('aside.notes')].map((aside) => aside.textContent).join(' ')`,
    )) as string
    expect(notes.replace(/\s+/g, ' ')).toContain(quote)
    const measures = await measureDeck(page, leadIns)
    expect(measures.tinyParts).toEqual([])
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
