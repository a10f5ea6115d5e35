import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
/**
 * A post-mortem of short sibling sections: a run whose even cut would leave
 * its last section, one line, alone on a slide; and a one-line section after
 * a slide-filling log, before a short sibling and a section two slides long.
 * Each pair is a section and the short sibling sharing its slide.
 */
const cases = [
  [
    'deck-share-sections-en',
    ['No health report', 'Later deploys blocked'],
    ['Rollback', 'Follow-up'],
  ],
  ['deck-share-sections-zh', ['没有健康报告', '后续部署被阻塞'], ['回滚', '复盘结论']],
] as const
const decks = fixtureDecks(
  cases.map(([name]) => name),
  { folder: fixtures, verify: false },
)

describe.each(cases)('the deck of %s', (name, ...pairs) => {
  it('lets a short section share its sibling’s slide, its heading shown, and nothing overflows', async () => {
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
    // The title slide, three slides of two sections each, the log, two sections, and the fix's two slides.
    expect(slides).toBe(8)
    const headings = (await page.evaluate(
      `Reveal.getSlides().map((slide) => [...slide.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent))`,
    )) as string[][]
    for (const [host, short] of pairs) {
      const slide = headings.find((shown) => shown.some((heading) => heading.startsWith(short)))
      expect(slide, `${short} is shown under its own heading`).toBeDefined()
      expect(slide?.some((heading) => heading.startsWith(host))).toBe(true)
    }
    expect(coverage(blocks, text).ratio).toBe(1)
    await page.close()
  })
})
