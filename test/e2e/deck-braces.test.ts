import { describe, expect, it } from 'vitest'
import { fixtureDecks } from './fixture-decks.js'

/** C written with the body's brace on a line of its own (the kernel's and Allman's style), too long for one slide. */
const cases = [
  { name: 'deck-braces-en', functions: ['meter_irq', 'meter_read_sample', 'meter_event'] },
  { name: 'deck-braces-zh', functions: ['meter_irq', 'meter_read_sample', 'meter_event'] },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, functions }) => {
  it('cuts the code between functions, never between a signature and its brace', async () => {
    const page = await decks.newPage()
    await decks.showDeck(page, name)
    // The lines of each code part shown on a slide (the notes' copies left out).
    const parts =
      (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')].flatMap((slide) =>
      [...slide.querySelectorAll('pre code')].filter((code) => !code.closest('aside.notes'))
        .map((code) => code.textContent.split('\\n').filter((line) => line.trim() !== '')))`)) as string[][]
    expect(parts.length).toBeGreaterThan(1)
    for (const lines of parts) {
      expect(lines[0]?.trim(), `a part starting ${lines[0]}`).not.toBe('{')
      expect(lines.at(-1), 'a part ending on a signature').not.toMatch(/^\w[^;]*\)\s*$/)
    }
    // Each function's signature is on the slide that shows its body.
    for (const fn of functions) {
      const holder = parts.find((lines) =>
        lines.some((line) => new RegExp(`^\\w.*\\b${fn}\\(`).test(line)),
      )
      expect(holder, fn).toBeDefined()
      const at = holder?.findIndex((line) => new RegExp(`^\\w.*\\b${fn}\\(`).test(line)) ?? -1
      expect(holder?.[at + 1]?.trim(), `${fn} has its body`).toBe('{')
    }
    await page.close()
  })
})
