import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { measureDeck } from './deck-measures.js'

/** Jekyll posts addressing their pictures through Liquid: `![a]({{ '/assets/a.png' | relative_url }})`. */
const cases = ['deck-jekyll-pictures-en', 'deck-jekyll-pictures-zh']
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-jekyll-pictures-'))
  for (const name of cases) {
    const result = await build({
      paths: [path.join(import.meta.dirname, 'fixtures', name, 'content', 'posts', 'input.md')],
      outDir: path.join(out, name),
    })
    expect(result.ok, `${name} builds`).toBe(true)
  }
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe.each(cases)('%s', (name) => {
  for (const [what, file] of [
    ['page', 'index.html'],
    ['deck', 'slides/index.html'],
  ] as const) {
    it(`shows the pictures on the ${what}, no Liquid or attribute list left as text`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(pathToFileURL(path.join(out, name, 'posts', 'input', file)).href)
      if (what === 'deck') await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
      const shown = (await page.evaluate(`Promise.all([...document.querySelectorAll('img')]
        .filter((img) => !img.closest('aside.notes') && /latency|queue/.test(img.src))
        .map((img) => img.decode().then(() => img.naturalWidth, () => 0)))`)) as number[]
      expect(shown).toEqual([1200, 1200])
      const text = (await page.evaluate(
        `[...document.querySelectorAll('${what === 'deck' ? '.reveal .slides' : '.post-body'}')].map((e) => e.textContent).join(' ')`,
      )) as string
      expect(text).not.toMatch(/\{\{|relative_url|\{:/)
      const link = (await page.evaluate(
        `[...document.querySelectorAll('a')].map((a) => a.getAttribute('href')).find((href) => href && href.includes('dashboards'))`,
      )) as string | undefined
      expect(link).toMatch(/\/dashboards\/latency\/$/)
      if (what === 'deck') {
        const measures = await measureDeck(page)
        expect(measures.overflowing).toEqual([])
        expect(measures.blank).toEqual([])
        expect(measures.headingOnly).toEqual([])
      }
      await page.close()
    })
  }
})
