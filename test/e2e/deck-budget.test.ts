import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
/** Essays with no heading, in many short paragraphs: each once a run of eight or nine slides. */
const cases = [
  [
    'deck-essay-budget-en',
    'That is fine; a rule that can be corrected is better than a habit that cannot.',
  ],
  ['deck-essay-budget-zh', '这没关系：能被修正的规矩，总比改不掉的习惯好。'],
] as const
const decks = fixtureDecks(
  cases.map(([name]) => name),
  { folder: fixtures, verify: false },
)

describe.each(cases)('the deck of the heading-less essay %s', (name, lastParagraph) => {
  it('keeps to three continuation slides, says how much more is on the page with a link, and keeps all the text', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const { text, slides, overflowing, blank, headingOnly, nearlyEmpty, longRuns, tinyParts } =
      await measureDeck(page, leadIns)
    expect({ overflowing, blank, headingOnly, nearlyEmpty, longRuns, tinyParts }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      longRuns: [],
      tinyParts: [],
    })
    // The title slide and one section of at most four slides.
    expect(slides).toBeLessThanOrEqual(5)
    const more = page.locator('.slides .more-on-page a')
    expect(await more.count()).toBe(1)
    expect(await more.getAttribute('href')).toMatch(/^\.\.\/index\.html/)
    // What the slides leave out is in the notes of the last one.
    const lastNotes = (await page.evaluate(
      `(Reveal.getSlides().at(-1).querySelector('aside.notes') || { textContent: '' }).textContent`,
    )) as string
    expect(lastNotes).toContain(lastParagraph)
    expect(coverage(blocks, text).ratio).toBe(1)
    await page.close()
  })
})
