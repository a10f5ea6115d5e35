import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * A section of steps each titled by a line of its own (`2、remove —— …`,
 * "Step 2 remove – …"), then long prose for the speaker, a lead-in, code and
 * its documented output: the title never ends a slide apart from its step.
 */
const cases = [
  { name: 'deck-step-titles-en', titles: ['Step 1 pop', 'Step 2 remove', 'Step 3 clear'] },
  { name: 'deck-step-titles-zh', titles: ['1、pop', '2、remove', '3、clear'] },
]
const decks = fixtureDecks(
  cases.map(({ name }) => name),
  { verify: false },
)

describe.each(cases)('the deck of $name', ({ name, titles }) => {
  it('keeps each step’s title on the slide of what it names, as its title when it opens one', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => ({
        heading: (slide.querySelector('h1, h2, h3, h4')?.textContent ?? '').replace(/\\s+/g, ''),
        blocks: [...(slide.querySelector('.slide-body')?.children ?? [])]
          .filter((block) => !block.matches('h1, h2, h3, h4'))
          .map((block) => ({ text: (block.textContent ?? '').replace(/\\s+/g, ''), code: block.matches('pre') || block.querySelector('pre') !== null })),
      }))`)) as { heading: string; blocks: { text: string; code: boolean }[] }[]
    for (const title of titles) {
      const key = title.replace(/\s+/g, '')
      const slide = slides.find(
        (slide) =>
          slide.heading.startsWith(key) || slide.blocks.some((block) => block.text.startsWith(key)),
      )
      expect(slide, `a slide showing "${title}"`).toBeDefined()
      const at = slide?.heading.startsWith(key)
        ? -1
        : (slide?.blocks.findIndex((block) => block.text.startsWith(key)) ?? -1)
      expect(
        slide?.blocks.slice(at + 1).some((block) => block.code),
        `"${title}" shown above its step's code`,
      ).toBe(true)
    }
    const measures = await measureDeck(page, leadIns)
    expect(measures.overflowing).toEqual([])
    expect(measures.blank).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(measures.cutLeadIns).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
