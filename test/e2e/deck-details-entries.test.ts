import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * Posts logging their changes as `<details>` entries under one heading, each
 * a dated `<summary>`, a line and its code. Once a run of `Changes (k/6)`
 * slides, the summaries shown as folded lines.
 */
const cases = [
  [
    'deck-details-entries-en',
    [
      '2025-11-17 Icons on the home page',
      '2025-11-07 Added statistics',
      '2025-11-04 Added comments',
    ],
  ],
  [
    'deck-details-entries-zh',
    ['2025-11-17 增加首页图标', '2025-11-07 添加统计', '2025-11-04 添加评论'],
  ],
] as const
const decks = fixtureDecks(cases.map(([name]) => name))

describe.each(cases)('the deck of %s', (name, summaries) => {
  it("titles each entry's slide by its summary, not shown again under it", async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const measures = await measureDeck(page, leadIns)
    const { overflowing, blank, headingOnly, nearlyEmpty, cutLeadIns, longRuns } = measures
    expect({ overflowing, blank, headingOnly, nearlyEmpty, cutLeadIns, longRuns }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      cutLeadIns: [],
      longRuns: [],
    })
    const slides = (await page.evaluate(
      `Reveal.getSlides().map((slide) => ({ heading: slide.querySelector('.slide-body h2')?.textContent.trim() ?? '', summaries: [...slide.querySelectorAll('summary')].map((summary) => summary.textContent.trim()) }))`,
    )) as { heading: string; summaries: string[] }[]
    for (const summary of summaries) {
      const slide = slides.find((one) => one.heading === summary)
      expect(slide?.summaries).toEqual([])
    }
    expect(coverage(blocks, measures.text).ratio).toBe(1)
    await page.close()
  })
})
