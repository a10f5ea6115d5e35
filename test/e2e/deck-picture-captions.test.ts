import { describe, expect, it } from 'vitest'
import { measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * Pictures side by side in the post's HTML with their caption after them
 * (`<div class="imgcap"><img><img><img><div class="thecap">…</div></div>`).
 */
const cases = ['deck-picture-captions-en', 'deck-picture-captions-zh']
const decks = fixtureDecks(cases)

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

describe.each(cases)('the deck of %s', (name) => {
  it('sets the caption under the pictures, across them, the pictures one to a column', async () => {
    const page = await decks.newPage()
    await decks.showDeck(page, name)
    await page.evaluate(`(() => {
      const slide = document.querySelector('.thecap').closest('section')
      const { h, v } = Reveal.getIndices(slide)
      Reveal.slide(h, v)
    })()`)
    await page.waitForFunction(
      `[...document.querySelectorAll('.imgcap img')].every((img) => img.complete)`,
    )
    await page.waitForTimeout(100)
    const { pictures, caption } = (await page.evaluate(`(() => {
      const box = (element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect()
        return { left, right, top, bottom }
      }
      return {
        pictures: [...document.querySelectorAll('.imgcap > img')].map(box),
        caption: box(document.querySelector('.imgcap > .thecap')),
      }
    })()`)) as { pictures: Box[]; caption: Box }
    expect(pictures).toHaveLength(3)
    // Three columns across the slide, not four with the caption as one of them.
    for (const picture of pictures) expect(picture.right - picture.left).toBeGreaterThan(330)
    for (const picture of pictures) expect(caption.top).toBeGreaterThanOrEqual(picture.bottom - 1)
    expect(caption.right - caption.left).toBeGreaterThan(1000)
    const measures = await measureDeck(page)
    expect(measures.overflowing).toEqual([])
    expect(measures.underControls).toEqual([])
    await page.close()
  })
})
