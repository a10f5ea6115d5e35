import { describe, expect, it } from 'vitest'
import { measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** Tables whose cells are phone screenshots side by side, the platforms as their header. */
const cases = [
  {
    name: 'deck-picture-tables-en',
    captions: [
      ['Android', 'iOS'],
      ['Android', 'iOS', 'Web'],
    ],
  },
  {
    name: 'deck-picture-tables-zh',
    captions: [
      ['安卓', 'iOS'],
      ['安卓', 'iOS', '网页'],
    ],
  },
]
const decks = fixtureDecks(cases.map((entry) => entry.name))

interface Grid {
  tables: number
  captions: string[]
  heights: number[]
}

describe.each(cases)('the deck of $name', ({ name, captions }) => {
  it('shows each table of pictures as a grid filling its slide, captioned by the header', async () => {
    const page = await decks.newPage()
    await decks.readPageThenShowDeck(page, name)
    const grids: Grid[] = []
    const slides = (await page.evaluate(
      `Reveal.getSlides().map((slide, index) => slide.querySelector('.image-grid') ? index : -1).filter((index) => index >= 0)`,
    )) as number[]
    for (const index of slides) {
      // Shown, so the pictures have their size on the slide.
      await page.evaluate(`(() => {
        const indices = Reveal.getIndices(Reveal.getSlides()[${index}])
        Reveal.slide(indices.h, indices.v)
      })()`)
      await page.waitForTimeout(100)
      grids.push(
        (await page.evaluate(`(() => {
          const slide = Reveal.getSlides()[${index}]
          const grid = slide.querySelector('.image-grid')
          return {
            tables: slide.querySelectorAll('table').length,
            captions: [...grid.querySelectorAll('.grid-caption')].map((caption) => caption.textContent.trim()),
            heights: [...grid.querySelectorAll('img')].map((image) => image.getBoundingClientRect().height),
          }
        })()`)) as Grid,
      )
    }
    expect(grids.map((grid) => grid.captions)).toEqual(captions)
    for (const grid of grids) {
      expect(grid.tables).toBe(0)
      // The screenshots take most of the slide's height, not a table row's.
      for (const height of grid.heights) expect(height).toBeGreaterThan(300)
    }
    const measures = await measureDeck(page)
    expect(measures.tinyParts).toEqual([])
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.underControls).toEqual([])
    await page.close()
  })
})
