import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { coverage, measureDeck, pageLeadIns, pageTextBlocks } from './deck-measures.js'

/** A section of one line introducing its subsections ("…下面依次介绍："), the first a full slide of code. */
const cases = [
  { name: 'deck-rider-leadin-en', heading: 'Deleting', leadIn: 'each one is shown below:' },
  { name: 'deck-rider-leadin-zh', heading: '删除节点', leadIn: '下面依次介绍：' },
]
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-rider-leadin-'))
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

describe.each(cases)('the deck of $name', ({ name, heading, leadIn }) => {
  it('rides the heading above its first subsection, its one line said in that slide’s notes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const folder = path.join(out, name, 'posts', 'input')
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href)
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    await page.goto(pathToFileURL(path.join(folder, 'slides', 'index.html')).href)
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
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
