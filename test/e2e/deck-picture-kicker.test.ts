import { describe, expect, it } from 'vitest'
import { measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A section of one short line, then a subsection opening on a wide diagram given a slide of its own. */
const cases = [
  { name: 'deck-picture-kicker-en', parent: 'The query', child: 'Index slices' },
  { name: 'deck-picture-kicker-zh', parent: '查询过程', child: '索引片' },
]
const decks = fixtureDecks(cases.map((entry) => entry.name))

describe.each(cases)('the deck of $name', ({ name, parent, child }) => {
  it('shows the short section above its subsection’s picture, leaving no nearly empty slide', async () => {
    const page = await decks.newPage()
    await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`Reveal.getSlides().map((slide) => ({
      kicker: slide.querySelector('.kicker')?.textContent.trim() ?? '',
      heading: slide.querySelector('.slide-body > :is(h1, h2, h3, h4)')?.textContent.trim() ?? '',
      images: slide.querySelectorAll('.slide-body img').length,
    }))`)) as { kicker: string; heading: string; images: number }[]
    // The picture gives up only the kicker's height: it still fills the width of the slide.
    const width = (await page.evaluate(`(() => {
      const slide = Reveal.getSlides().find((each) => each.querySelector('.slide-body img'))
      const indices = Reveal.getIndices(slide)
      Reveal.slide(indices.h, indices.v)
      return slide.querySelector('.slide-body img').getBoundingClientRect().width
    })()`)) as number
    expect(width).toBeGreaterThan(1000)
    const picture = slides.find((slide) => slide.images === 1)
    expect(picture?.kicker).toBe(parent)
    expect(picture?.heading).toContain(child)
    expect(slides.filter((slide) => slide.heading === parent)).toEqual([])
    const measures = await measureDeck(page)
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.underControls).toEqual([])
    await page.close()
  })
})
