import { describe, expect, it } from 'vitest'
import { measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A list of long items, shortened on the slide, whose last short item introduces a manifest. */
const cases = ['deck-item-leadins-en', 'deck-item-leadins-zh']
const decks = fixtureDecks(cases)

describe.each(cases)('the deck of %s', (name) => {
  it('keeps the list’s closing lead-in on the slide of what it introduces', async () => {
    const page = await decks.newPage()
    const { leadIns } = await decks.readPageThenShowDeck(page, name)
    const measures = await measureDeck(page, leadIns)
    expect(measures.cutLeadIns).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.underControls).toEqual([])
    await page.close()
  })
})
