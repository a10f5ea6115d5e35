import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** Display math opened by a `$$` line and closed at the end of its last line (`= [6, -9]$$`), as pandoc reads it. */
const cases = [
  { name: 'deck-pandoc-math-en', after: 'Now we compute a new row' },
  { name: 'deck-pandoc-math-zh', after: '接着用这组系数对已有的各行做线性组合' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, after }) => {
  it('shows the equation typeset and the prose after it as text, no KaTeX error', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => ({
        errors: slide.querySelectorAll('.katex-error').length,
        displays: slide.querySelectorAll('.katex-display').length,
        paragraphs: [...slide.querySelectorAll('p:not(aside p)')].map((p) => p.textContent),
      }))`)) as { errors: number; displays: number; paragraphs: string[] }[]
    expect(slides.map((slide) => slide.errors)).not.toContain(1)
    expect(slides.reduce((total, slide) => total + slide.errors, 0)).toBe(0)
    expect(slides.reduce((total, slide) => total + slide.displays, 0)).toBe(2)
    expect(slides.flatMap((slide) => slide.paragraphs).some((text) => text.includes(after))).toBe(
      true,
    )
    const measures = await measureDeck(page, leadIns)
    expect(measures.overflowing).toEqual([])
    expect(measures.cutLeadIns).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
