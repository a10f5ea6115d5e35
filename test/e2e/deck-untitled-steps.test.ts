import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A walkthrough with no subheadings: a line, then its code, eight times. */
const cases = [
  { name: 'deck-untitled-steps-en', step: 'Start it at boot with a systemd unit' },
  { name: 'deck-untitled-steps-zh', step: '用 systemd 单元让它开机启动' },
]
const decks = fixtureDecks(
  cases.map(({ name }) => name),
  { verify: false },
)

describe.each(cases)('the deck of $name', ({ name, step }) => {
  it('titles each slide by the step it shows, no run of more than four numbered slides', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const headings = (await page.evaluate(
      `[...document.querySelectorAll('.reveal .slides section .slide-body > :is(h1, h2, h3)')].map((h) => h.textContent.trim())`,
    )) as string[]
    expect(headings).toContain(step)
    for (const heading of headings) expect(heading).not.toMatch(/\(\d+\/([5-9]|\d\d)\)$/)
    // The step's line is its title, not said twice on the slide.
    const shown = (await page.evaluate(
      `[...document.querySelectorAll('.reveal .slides section .slide-body p')].map((p) => p.textContent)`,
    )) as string[]
    expect(shown.filter((text) => text.includes(step))).toEqual([])
    const measures = await measureDeck(page, leadIns)
    expect(measures.longRuns).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.blank).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.cutLeadIns).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
