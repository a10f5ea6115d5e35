import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { coverage, measureDeck, pageLeadIns, pageTextBlocks } from './deck-measures.js'

/** A one-line quotation after a slide full of code, the next section too long to share a slide. */
const cases = [
  { name: 'deck-trailing-quote-en', quote: 'Java has a PriorityQueue data structure as well.' },
  { name: 'deck-trailing-quote-zh', quote: 'Java 中同样提供了 PriorityQueue 的数据结构。' },
]
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-trailing-quote-'))
  for (const { name } of cases) {
    const result = await build({
      paths: [path.join(import.meta.dirname, 'fixtures', name, 'input.md')],
      outDir: path.join(out, name),
    })
    expect(result.ok, `${name} builds`).toBe(true)
  }
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe.each(cases)('the deck of $name', ({ name, quote }) => {
  it('says a quotation of a line left after a full slide in its notes, with no part of its own', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const folder = path.join(out, name, 'posts', 'input')
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href)
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    await page.goto(pathToFileURL(path.join(folder, 'slides', 'index.html')).href)
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    const notes = (await page.evaluate(
      `[...document.querySelectorAll('aside.notes')].map((aside) => aside.textContent).join(' ')`,
    )) as string
    expect(notes.replace(/\s+/g, ' ')).toContain(quote)
    const measures = await measureDeck(page, leadIns)
    expect(measures.tinyParts).toEqual([])
    expect(measures.nearlyEmpty).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
