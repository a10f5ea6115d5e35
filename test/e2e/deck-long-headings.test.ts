import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** Paragraphs written as headings (a machine translation's): twelve lines of a heading over a walkthrough. */
const cases = [
  { name: 'deck-long-headings-en', words: 'This guide walks through installing it' },
  { name: 'deck-long-headings-zh', words: '本教程依次介绍安装' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, words }) => {
  it('shows a heading of a paragraph’s length as its key sentence, on two lines at most, the rest in the notes', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    // Lines of each heading shown on a slide, the kicker above a heading included.
    const lines = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .flatMap((slide) => [...slide.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('aside.notes')))
      .map((h) => Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight)))`)) as number[]
    expect(lines.length).toBeGreaterThan(2)
    expect(Math.max(...lines)).toBeLessThanOrEqual(2)
    const notes = (await page.evaluate(
      `[...document.querySelectorAll('aside.notes')].map((aside) => aside.textContent).join(' ')`,
    )) as string
    expect(notes).toContain(words)
    const measures = await measureDeck(page, leadIns)
    expect(measures.overflowing).toEqual([])
    expect(measures.blank).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(measures.shrunkImages).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
