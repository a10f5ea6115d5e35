import { describe, expect, it } from 'vitest'
import { coverage, measureDeck, pageLeadIns, pageTextBlocks } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** An HTML table whose cells blank lines separate (a WordPress export), under the line that introduces it. */
const cases = [
  { name: 'deck-broken-table-en', leadIn: 'we want this output', cell: 'Brazil' },
  { name: 'deck-broken-table-zh', leadIn: '我们想要的结果是这样的', cell: '妙想天开' },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

describe.each(cases)('the deck of $name', ({ name, leadIn, cell }) => {
  it('shows the table whole, with its lead-in, and none of its markup as code', async () => {
    const page = await decks.newPage()
    await page.goto(decks.url(name, 'index.html'))
    const pageTables = (await page.evaluate(
      `[...document.querySelectorAll('article table')].map((table) => table.rows.length)`,
    )) as number[]
    expect(pageTables).toEqual([2])
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    await decks.showDeck(page, name)
    const slides = (await page.evaluate(
      `[...document.querySelectorAll('.slide-body')].map((body) => ({ text: body.textContent, tables: body.querySelectorAll('table').length, code: [...body.querySelectorAll('pre')].map((pre) => pre.textContent).join(' ') }))`,
    )) as { text: string; tables: number; code: string }[]
    const withTable = slides.filter((slide) => slide.tables > 0)
    expect(withTable).toHaveLength(1)
    expect(withTable[0]?.text).toContain(leadIn)
    expect(withTable[0]?.text).toContain(cell)
    expect(slides.map((slide) => slide.code).join(' ')).not.toMatch(/<\/?t[dr]>/)
    const measures = await measureDeck(page, leadIns)
    expect(measures.cutLeadIns).toEqual([])
    expect(measures.tinyParts).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
