import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium, recordTraffic } from './browser.js'
import { countRawSyntax } from './raw-syntax.js'

// Posts written with a theme's Markdown extensions (callouts, math, cards,
// spoilers, framed code, diagrams, footnotes, embedded media), in English and
// in Chinese (whose deck is dark).
const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
const cases = ['fuwari-extensions', 'fuwari-extensions-zh']
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-extensions-'))
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

function url(name: string, ...segments: string[]): string {
  return pathToFileURL(path.join(out, name, 'posts', 'input', ...segments)).href
}

async function open(
  name: string,
  segments: string[],
  scheme: 'light' | 'dark',
): Promise<{ page: Page; traffic: ReturnType<typeof recordTraffic>; close: () => Promise<void> }> {
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1280, height: 720 },
  })
  const page = await context.newPage()
  const traffic = recordTraffic(page)
  await page.goto(url(name, ...segments), { waitUntil: 'load' })
  // Diagrams are drawn after load, by the local copy of Mermaid.
  await page.waitForFunction(
    `[...document.querySelectorAll('.mermaid')].every((element) => element.dataset.processed && element.querySelector('svg'))`,
    undefined,
    { timeout: 20_000 },
  )
  return { page, traffic, close: () => context.close() }
}

describe.each(cases)('%s', (name) => {
  it.each(['light', 'dark'] as const)(
    'page (%s): no raw syntax, math, callouts and a diagram, only local files, no serious axe violation',
    async (scheme) => {
      const { page, traffic, close } = await open(name, ['index.html'], scheme)
      expect(await countRawSyntax(page)).toEqual(
        Object.fromEntries(Object.keys(await countRawSyntax(page)).map((key) => [key, 0])),
      )
      expect(await page.locator('.katex').count()).toBeGreaterThan(1)
      expect(await page.locator('.katex-display').count()).toBeGreaterThan(0)
      const callout = page.locator('.callout').first()
      await expect.poll(() => callout.isVisible()).toBe(true)
      const border = await callout.evaluate((element) => getComputedStyle(element).borderLeftWidth)
      expect(border).toBe('4px')
      expect(await page.locator('.callout-title').first().textContent()).not.toBe('')
      expect(await page.locator('.github-card a').first().getAttribute('href')).toMatch(
        /^https:\/\/github\.com\//,
      )
      expect(traffic.requests.filter((request) => !request.startsWith('file://'))).toEqual([])
      expect(traffic.failed.filter((failure) => !/clip\.mp4|notes\.pdf/.test(failure))).toEqual([])
      expect(traffic.consoleErrors.filter((error) => !/clip\.mp4|ERR_FILE/.test(error))).toEqual([])
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => String(node.target))}`,
        )
      expect(serious).toEqual([])
      await close()
    },
  )

  it('deck: no raw syntax, math, callouts, marked lines, footnotes in the notes, a fitted diagram', async () => {
    const { page, traffic, close } = await open(name, ['slides', 'index.html'], 'light')
    expect(await countRawSyntax(page)).toEqual(
      Object.fromEntries(Object.keys(await countRawSyntax(page)).map((key) => [key, 0])),
    )
    expect(await page.locator('.slides .katex').count()).toBeGreaterThan(1)
    expect(await page.locator('.slides .callout').count()).toBeGreaterThan(1)
    expect(
      await page.locator('.slides .line.highlighted, .slides .line.focused').count(),
    ).toBeGreaterThan(0)
    // A footnote's text is said, not shown: no superscript leads nowhere.
    expect(await page.locator('.slides section:not(.notes) [data-footnote-ref]').count()).toBe(0)
    const notes = (await page.locator('.slides aside.notes').allTextContents()).join(' ')
    expect(notes).toMatch(/\[(source|1)\] /)
    const diagram = await page
      .locator('.slides .mermaid svg')
      .first()
      .evaluate((svg) => {
        const box = svg.getBoundingClientRect()
        return { width: box.width, height: box.height }
      })
    expect(diagram.height).toBeLessThanOrEqual(720)
    expect(diagram.width).toBeLessThanOrEqual(1280)
    expect(traffic.requests.filter((request) => !request.startsWith('file://'))).toEqual([])
    await close()
  })
})

it('writes a Chinese post’s page and deck with no English word of the interface', async () => {
  const english =
    /Published|Updated|min read|Contents|Present|Newer|Older|Tags?:|Copy|Read the post|On the page|Skip to|Footnotes|Note\b|Caution|Important/
  for (const segments of [['index.html'], ['slides', 'index.html']]) {
    const { page, close } = await open('fuwari-extensions-zh', segments, 'light')
    const text = await page.evaluate(
      `(() => { const copy = document.body.cloneNode(true); for (const e of copy.querySelectorAll('pre, code, .katex, .mermaid, script')) e.remove(); return copy.textContent + ' ' + [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ') })()`,
    )
    expect(String(text)).not.toMatch(english)
    await close()
  }
})

// Real posts that are not ours to commit: `POSTDECK_CORPUS=<content folder> npm run test:e2e`
// builds them unedited and counts the raw syntax left on every page and slide.
const corpus = process.env.POSTDECK_CORPUS
describe.skipIf(!corpus)('a corpus of real posts', () => {
  it('builds with no raw syntax on any page or deck', async () => {
    const target = path.join(out, 'corpus')
    const result = await build({ paths: [corpus ?? ''], outDir: target, verify: false })
    expect(result.ok).toBe(true)
    const { readdir } = await import('node:fs/promises')
    const left: Record<string, Record<string, number>> = {}
    const page = await browser.newPage()
    for (const slug of await readdir(path.join(target, 'posts'))) {
      for (const file of ['index.html', 'slides/index.html']) {
        await page.goto(pathToFileURL(path.join(target, 'posts', slug, file)).href)
        const counts = await countRawSyntax(page)
        const found = Object.entries(counts).filter(([, count]) => count > 0)
        if (found.length > 0) left[`${slug}/${file}`] = Object.fromEntries(found)
      }
    }
    await page.close()
    expect(left).toEqual({})
  })
})
