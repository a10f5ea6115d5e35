import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { countRawSyntax } from './raw-syntax.js'

// Posts moved from Hugo with shortcodes written `{{<notice>}}` (no space) and
// from VuePress with `::: tip` containers, in English and Chinese.
const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
const cases = [
  'hugo-shortcode-tags-en',
  'hugo-shortcode-tags-zh',
  'vuepress-containers-en',
  'vuepress-containers-zh',
]
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-generator-markers-'))
  for (const name of cases) {
    const result = await build({
      paths: [path.join(fixtures, name, 'input.md')],
      outDir: path.join(out, name),
      verify: false,
    })
    expect(result.ok, `${name} builds`).toBe(true)
  }
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe.each(cases)('%s', (name) => {
  it.each([
    ['page', 'index.html'],
    ['deck', 'slides/index.html'],
  ])('%s: no shortcode braces or container lines as text', async (_, file) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(pathToFileURL(path.join(out, name, 'posts', 'input', file)).href)
    const counts = await countRawSyntax(page)
    expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((key) => [key, 0])))
    const boxes = name.startsWith('vuepress') ? 3 : 0
    expect(await page.locator('.callout').count()).toBe(boxes)
    if (name.startsWith('hugo'))
      expect(await page.locator('img[src="https://example.com/built.jpg"]').count()).toBe(1)
    await context.close()
  })
})
