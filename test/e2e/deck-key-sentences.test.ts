import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/**
 * Key sentences shown for prose left to the notes: one going through a word
 * that starts with a stop (`.NET`), and long list items whose bold label goes
 * on after a comma ("**Lookup protocols**, another technology …").
 */
const cases = [
  {
    name: 'deck-key-sentences-en',
    sentence: 'the Mono project aims to bring the .NET Framework',
    label: 'Lookup protocols, another technology',
  },
  {
    name: 'deck-key-sentences-zh',
    sentence: 'Mono 项目的目标是把 .NET 框架',
    label: '查找协议，这是最近越来越常用的一种技术',
  },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, sentence, label }) => {
  it('shows whole key sentences, a label going on after a comma with no colon before it', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const shown = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => {
        const clone = slide.cloneNode(true)
        for (const notes of clone.querySelectorAll('aside.notes')) notes.remove()
        return clone.textContent.replace(/\\s+/g, ' ')
      }).join(' | ')`)) as string
    expect(shown).toContain(sentence)
    expect(shown).toContain(label)
    expect(shown).not.toMatch(/[:：]\s*[,，]/u)
    expect(shown).not.toMatch(/ \.(?:\s|$)/u)
    const measures = await measureDeck(page, leadIns)
    expect(measures.overflowing).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
