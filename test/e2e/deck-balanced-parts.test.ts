import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * A section whose last step (a line and a one-line command) would be left
 * alone after a slide the size estimate counts as full: the parts are
 * balanced, the step before moving down with it, its lead-in kept with its
 * command.
 */
const cases = [
  { name: 'deck-balanced-parts-en', step: 'Compile this program', last: './main Ada' },
  { name: 'deck-balanced-parts-zh', step: '在命令行中输入', last: './main 小明' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, step, last }) => {
  it('leaves no part of a line or two', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => slide.querySelector('.slide-body')?.textContent ?? '')`)) as string[]
    const lastSlide = slides.find((text) => text.includes(last))
    expect(lastSlide).toContain(step)
    const measures = await measureDeck(page, leadIns)
    expect(measures.tinyParts).toEqual([])
    expect(measures.cutLeadIns).toEqual([])
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
