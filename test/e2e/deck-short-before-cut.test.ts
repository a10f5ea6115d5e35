import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * A one-line section between a full slide and a sibling section cut over two
 * slides; another before a sibling with no text of its own whose first
 * subsection is cut over two.
 */
const cases = [
  {
    name: 'deck-short-before-cut-en',
    pairs: [
      ['Why EMF?', 'Reasons to do this'],
      ['Limitations', 'Steps'],
    ],
  },
  {
    name: 'deck-short-before-cut-zh',
    pairs: [
      ['为什么用 EMF？', '这样做的理由'],
      ['局限', '步骤'],
    ],
  },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, pairs }) => {
  it('puts the short section on the first slide of its sibling, not on a slide of its own', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => [...slide.querySelectorAll('.slide-body h2, .slide-body h3')].map((h) => h.textContent.trim()))`)) as string[][]
    for (const [short, sibling] of pairs) {
      const shared = slides.find((headings) => headings[0] === short)
      expect(shared?.some((heading) => heading.startsWith(sibling as string))).toBe(true)
    }
    const measures = await measureDeck(page, leadIns)
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
