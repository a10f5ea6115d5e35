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
/** Essays with no heading, in many short paragraphs: each once a run of eight or nine slides. */
const cases = [
  [
    'deck-essay-budget-en',
    'That is fine; a rule that can be corrected is better than a habit that cannot.',
  ],
  ['deck-essay-budget-zh', '这没关系：能被修正的规矩，总比改不掉的习惯好。'],
] as const
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-budget-'))
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

describe.each(cases)('the deck of the heading-less essay %s', (name, lastParagraph) => {
  it('keeps to three continuation slides, says how much more is on the page with a link, and keeps all the text', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(url(name, 'index.html'))
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    await page.goto(url(name, 'slides', 'index.html'), { waitUntil: 'load' })
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    const { text, slides, overflowing, blank, headingOnly, nearlyEmpty, longRuns, tinyParts } =
      await measureDeck(page, leadIns)
    expect({ overflowing, blank, headingOnly, nearlyEmpty, longRuns, tinyParts }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      longRuns: [],
      tinyParts: [],
    })
    // The title slide and one section of at most four slides.
    expect(slides).toBeLessThanOrEqual(5)
    const more = page.locator('.slides .more-on-page a')
    expect(await more.count()).toBe(1)
    expect(await more.getAttribute('href')).toMatch(/^\.\.\/index\.html/)
    // What the slides leave out is in the notes of the last one.
    const lastNotes = (await page.evaluate(
      `(Reveal.getSlides().at(-1).querySelector('aside.notes') || { textContent: '' }).textContent`,
    )) as string
    expect(lastNotes).toContain(lastParagraph)
    expect(coverage(blocks, text).ratio).toBe(1)
    await page.close()
  })
})
