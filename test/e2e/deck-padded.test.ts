import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { inspectDeck } from './inspect-deck.js'

/**
 * A package manager's transcript, its table padded with runs of spaces wider than a slide;
 * and a disassembly whose padded line ends a pixel and a half past the slide's edge.
 */
const cases = ['deck-padded-en', 'deck-padded-zh']
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-padded-'))
  for (const name of cases) {
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

describe.each(cases)('the deck of %s', (name) => {
  it('wraps the padding of a transcript inside the slide, reaching past no edge', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const deck = path.join(out, name, 'posts', 'input', 'slides', 'index.html')
    await page.goto(pathToFileURL(deck).href, { waitUntil: 'load' })
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    const slides = await inspectDeck(page)
    expect(slides.some((slide) => slide.text.includes('log-rotate'))).toBe(true)
    expect(slides.filter((slide) => slide.outside.length > 0).map((s) => s.outside)).toEqual([])
    await page.close()
  })
})
