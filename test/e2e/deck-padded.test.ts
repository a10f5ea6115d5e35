import { describe, expect, it } from 'vitest'
import { fixtureDecks } from './fixture-decks.js'
import { inspectDeck } from './inspect-deck.js'

/**
 * A package manager's transcript, its table padded with runs of spaces wider than a slide;
 * and a disassembly whose padded line ends a pixel and a half past the slide's edge.
 */
const cases = ['deck-padded-en', 'deck-padded-zh']
const decks = fixtureDecks(cases)

describe.each(cases)('the deck of %s', (name) => {
  it('wraps the padding of a transcript inside the slide, reaching past no edge', async () => {
    const page = await decks.newPage()
    await decks.showDeck(page, name)
    const slides = await inspectDeck(page)
    expect(slides.some((slide) => slide.text.includes('log-rotate'))).toBe(true)
    expect(slides.filter((slide) => slide.outside.length > 0).map((s) => s.outside)).toEqual([])
    await page.close()
  })
})
