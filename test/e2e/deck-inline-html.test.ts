import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import {
  coverage,
  measureDeck,
  pageLeadIns,
  pageSectionEnds,
  pageTextBlocks,
} from './deck-measures.js'

/**
 * A Hugo post styled with inline HTML: an `<h2>` left open (`</h>`) in an
 * alert box above a picture, and a "More:" lead-in in `<font><i>` above its
 * lines of links.
 */
const cases = [
  {
    name: 'deck-inline-html-en',
    warning: 'Every command from here on runs against the new system!',
  },
  { name: 'deck-inline-html-zh', warning: '从这里开始的每条命令都作用于新系统！' },
]
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-inline-html-'))
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

describe.each(cases)('the deck of $name', ({ name, warning }) => {
  it('ends an open HTML heading with its paragraph and keeps a styled lead-in with its block', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const folder = path.join(out, name, 'posts', 'input')
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href)
    // On the page too, the heading holds only its words, not the picture and the rest of the post.
    expect(
      await page.evaluate(
        `document.querySelectorAll('.post-body h2 img, .post-body h2 pre').length`,
      ),
    ).toBe(0)
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    const sectionEnds = await pageSectionEnds(page)
    await page.goto(pathToFileURL(path.join(folder, 'slides', 'index.html')).href)
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    const headings = (await page.evaluate(
      `[...document.querySelectorAll('.slide-body h2')].map((heading) => heading.textContent.trim())`,
    )) as string[]
    expect(headings).toContain(warning)
    const measures = await measureDeck(page, leadIns, sectionEnds)
    expect(measures.headingOnly).toEqual([])
    expect(measures.cutLeadIns).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(measures.blank).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
