import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * Posts with a part whose only text is a long paragraph ("If you made it
 * this far…") between a slide of code and its first subsection. Once it made
 * a slide of its heading and the paragraph's key sentence, nearly empty.
 */
const cases = [
  ['deck-key-point-riders-en', 'Building the switcher', 'Generating the markup'],
  ['deck-key-point-riders-zh', '构建主题切换器', '生成页面结构'],
] as const
const decks = fixtureDecks(cases.map(([name]) => name))

describe.each(cases)('the deck of %s', (name, parent, child) => {
  it('lets the part ride above its first subsection, its paragraph said in the notes', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const { text, overflowing, blank, headingOnly, nearlyEmpty, cutLeadIns } = await measureDeck(
      page,
      leadIns,
    )
    expect({ overflowing, blank, headingOnly, nearlyEmpty, cutLeadIns }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      cutLeadIns: [],
    })
    const kickers = (await page.evaluate(
      `Reveal.getSlides().map((slide) => [slide.querySelector('.kicker')?.textContent.trim() ?? '', slide.querySelector('.slide-body h2, .slide-body h3')?.textContent.trim() ?? ''])`,
    )) as [string, string][]
    expect(kickers).toContainEqual([parent, child])
    expect(coverage(blocks, text).ratio).toBe(1)
    await page.close()
  })
})
