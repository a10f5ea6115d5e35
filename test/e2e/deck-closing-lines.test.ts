import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { coverage, measureDeck, pageLeadIns, pageTextBlocks } from './deck-measures.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
/** Sections ending with two one-line paragraphs after a slide full of code: once a `(2/2)` slide of two lines. */
const cases = [
  ['deck-closing-lines-en', 'It works in every browser, but the box needs a known size.'],
  ['deck-closing-lines-zh', '这种办法兼容性很好，缺点是要知道盒子的宽高。'],
] as const
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-closing-'))
  for (const [name] of cases) {
    const result = await build({
      paths: [path.join(fixtures, name, 'input.md')],
      outDir: path.join(out, name),
      verify: false,
    })
    expect(result.ok, `${name} builds`).toBe(true)
  }
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

function url(name: string, ...segments: string[]): string {
  return pathToFileURL(path.join(out, name, 'posts', 'input', ...segments)).href
}

describe.each(cases)('the deck of %s', (name, closingLine) => {
  it('leaves no part of one or two lines: the closing lines are said with the slide of code', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(url(name, 'index.html'))
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    await page.goto(url(name, 'slides', 'index.html'), { waitUntil: 'load' })
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    const { text, slides, overflowing, blank, headingOnly, nearlyEmpty, tinyParts } =
      await measureDeck(page, leadIns)
    expect({ overflowing, blank, headingOnly, nearlyEmpty, tinyParts }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      tinyParts: [],
    })
    // The title slide and one slide for each section.
    expect(slides).toBe(3)
    // The closing line is on the section's slide or in its notes, which the speaker says.
    const first = (await page.evaluate(`Reveal.getSlides()[1].textContent`)) as string
    expect(first).toContain(closingLine)
    expect(coverage(blocks, text).ratio).toBe(1)
    await page.close()
  })
})
