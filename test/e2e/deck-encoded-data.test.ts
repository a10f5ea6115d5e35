import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A post showing a whole PGP public key (40 lines of base64 in its armor) among its steps. */
const cases = [
  { name: 'deck-encoded-data-en', more: 'more lines of code on the page' },
  { name: 'deck-encoded-data-zh', more: '行代码在原文里' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, more }) => {
  it('shows the key’s first lines on one slide, says how many more are on the page, and keeps it whole in the notes', async () => {
    const page = await decks.newPage()
    const { blocks, leadIns } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')]
      .filter((slide) => !slide.querySelector('section'))
      .map((slide) => ({
        data: [...slide.querySelectorAll('pre code:not(aside pre code)')]
          .flatMap((code) => (code.textContent ?? '').split('\\n'))
          .filter((line) => /^[A-Za-z0-9+/]{32,}={0,2}$/.test(line.trim())).length,
        more: [...slide.querySelectorAll('.more-on-page:not(aside *)')].map((line) => line.textContent ?? ''),
        notes: slide.querySelector('aside.notes')?.textContent ?? '',
      }))`)) as { data: number; more: string[]; notes: string }[]
    const showing = slides.filter((slide) => slide.data > 0)
    expect(showing, 'one slide shows the key').toHaveLength(1)
    expect(showing[0]?.data).toBeLessThanOrEqual(4)
    expect(showing[0]?.more.some((line) => line.includes(more))).toBe(true)
    expect(showing[0]?.notes).toContain('-----END PGP PUBLIC KEY BLOCK-----')
    const measures = await measureDeck(page, leadIns)
    expect(measures.overflowing).toEqual([])
    expect(measures.headingOnly).toEqual([])
    expect(measures.longRuns).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
