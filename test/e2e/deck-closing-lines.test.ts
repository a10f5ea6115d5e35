import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
/** Sections ending with two one-line paragraphs after a slide full of code: once a `(2/2)` slide of two lines. */
const cases = [
  ['deck-closing-lines-en', 'It works in every browser, but the box needs a known size.'],
  ['deck-closing-lines-zh', '这种办法兼容性很好，缺点是要知道盒子的宽高。'],
] as const
const decks = fixtureDecks(
  cases.map(([name]) => name),
  { folder: fixtures, verify: false },
)

describe.each(cases)('the deck of %s', (name, closingLine) => {
  it('leaves no part of one or two lines: the closing lines are said with the slide of code', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const { text, slides, overflowing, blank, headingOnly, nearlyEmpty, tinyParts } =
      await measureDeck(page, leadIns)
    expect({ overflowing, blank, headingOnly, nearlyEmpty, tinyParts }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      tinyParts: [],
    })
    // The title slide and one slide for each section.
    expect(slides).toBe(3)
    // The closing line is on the section's slide or in its notes, which the speaker says.
    const first = (await page.evaluate(`Reveal.getSlides()[1].textContent`)) as string
    expect(first).toContain(closingLine)
    expect(coverage(blocks, text).ratio).toBe(1)
    await page.close()
  })
})
