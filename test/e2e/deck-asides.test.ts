import { describe, expect, it } from 'vitest'
import { coverage, measureDeck, pageLeadIns, pageTextBlocks } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** An author's `<aside>` side notes: under the intro, under a long paragraph, under code. */
const cases = [
  { name: 'deck-asides-en', note: 'I tried three apps before going back to paper' },
  { name: 'deck-asides-zh', note: '我先后试过三个应用' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, note }) => {
  it('keeps a side note a box on the page and a block of its slide, no slide left with a heading alone', async () => {
    const page = await decks.newPage()
    await page.goto(decks.url(name, 'index.html'))
    const onPage = (await page.evaluate(
      `[...document.querySelectorAll('article aside')].map((aside) => [aside.textContent, getComputedStyle(aside).borderLeftStyle])`,
    )) as [string, string][]
    expect(onPage).toHaveLength(3)
    expect(onPage.map(([, border]) => border)).toEqual(['solid', 'solid', 'solid'])
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    await decks.showDeck(page, name)
    const shown = (await page.evaluate(
      `[...document.querySelectorAll('.slide-body > aside')].map((aside) => aside.textContent)`,
    )) as string[]
    expect(shown.join(' ')).toContain(note)
    const measures = await measureDeck(page, leadIns)
    expect(measures.headingOnly).toEqual([])
    expect(measures.blank).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
