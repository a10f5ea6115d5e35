import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A section of one line introducing its subsections ("…下面依次介绍："), the first a full slide of code. */
const cases = [
  { name: 'deck-rider-leadin-en', heading: 'Deleting', leadIn: 'each one is shown below:' },
  { name: 'deck-rider-leadin-zh', heading: '删除节点', leadIn: '下面依次介绍：' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, heading, leadIn }) => {
  it('rides the heading above its first subsection, its one line said in that slide’s notes', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => ({
        kicker: slide.querySelector('.kicker')?.textContent?.trim() ?? '',
        code: slide.querySelector('pre code:not(aside pre code)') !== null,
        notes: slide.querySelector('aside.notes')?.textContent ?? '',
      }))`)) as { kicker: string; code: boolean; notes: string }[]
    const ridden = slides.find((slide) => slide.kicker === heading)
    expect(ridden, 'a slide with the heading above its own').toBeDefined()
    expect(ridden?.code).toBe(true)
    expect(ridden?.notes).toContain(leadIn)
    const measures = await measureDeck(page, leadIns)
    expect(measures.cutLeadIns).toEqual([])
    expect(
      measures.nearlyEmpty.filter(
        (slide) =>
          slide.includes(encodeURIComponent(heading).toLowerCase()) ||
          slide.includes(heading.toLowerCase()),
      ),
    ).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
