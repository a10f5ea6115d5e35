import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { countRawSyntax } from './raw-syntax.js'

// Posts moved from other generators (Hugo shortcodes, `[[toc]]`, attribute
// lists, `{@name}` mentions, prices written with `$`), in English and Chinese.
const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
const cases = ['site-syntax', 'site-syntax-zh']
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-site-syntax-'))
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
  ])('%s: no other generator’s syntax as text, prices as text, math typeset', async (_, file) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(pathToFileURL(path.join(out, name, 'posts', 'input', file)).href)
    const counts = await countRawSyntax(page)
    expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((key) => [key, 0])))
    const text = await page.evaluate(`document.querySelector('.post, .reveal').textContent`)
    expect(text).toMatch(/\$10\/(?:domain|域名)/)
    expect(text).toMatch(/\$99\/(?:domain|域名)/)
    expect(await page.locator('.katex').count()).toBeGreaterThanOrEqual(2)
    expect(
      await page.locator('a[href^="https://www.youtube.com/watch"]').count(),
    ).toBeGreaterThanOrEqual(1)
    await context.close()
  })
})
