import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'

// A site of Chinese posts and one of Japanese posts, using everything that
// makes postdeck add words (dates, reading time, contents, tags, category,
// neighbours, callouts, footnotes, a verified sample, folded code, a cover,
// the feed): no English word of postdeck's may be left on any of their pages
// or decks, in the text or in the labels read aloud.
const fixtures = path.join(import.meta.dirname, 'fixtures')
const sites = [
  { name: 'interface-zh', tag: '编程', htmlLang: 'zh-CN', date: '2026年3月2日' },
  { name: 'interface-ja', tag: 'プログラミング', htmlLang: 'ja', date: '2026年3月2日' },
] as const
/** Names that stay as they are in every language. */
const names = new Set(['postdeck', 'GitHub'])

let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-interface-'))
  for (const { name } of sites) {
    const result = await build({
      paths: [path.join(fixtures, name)],
      outDir: path.join(out, name),
      site: { url: 'https://blog.example/' },
    })
    expect(result.ok, `${name} builds`).toBe(true)
    expect(result.samples.every((sample) => sample.status === 'passed')).toBe(true)
  }
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/**
 * Latin words of two letters or more on the page: its text (code, math and
 * scripts left out, hidden text included), its title, and the labels,
 * titles, alt texts and role descriptions of its elements.
 */
async function latinWords(page: Page): Promise<string[]> {
  const text = (await page.evaluate(`(() => {
    const copy = document.body.cloneNode(true)
    for (const element of copy.querySelectorAll('pre, code, .katex, script, style, svg')) element.remove()
    const attributes = ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription', 'aria-description']
    const labels = [...document.querySelectorAll('*')].flatMap((element) =>
      attributes.map((name) => element.getAttribute(name) ?? ''),
    )
    const words = []
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) words.push(walker.currentNode.nodeValue)
    return [document.title, ...words, ...labels].join('\\n')
  })()`)) as string
  return text.match(/[A-Za-z]{2,}/g) ?? []
}

/** Latin words the posts themselves hold (code, a repository's name): they are content, not interface. */
async function postWords(site: string): Promise<Set<string>> {
  const folder = path.join(fixtures, site, 'posts')
  const texts = await Promise.all(
    [path.join(folder, 'async', 'index.md'), path.join(folder, 'older.md')].map((file) =>
      readFile(file, 'utf8'),
    ),
  )
  return new Set(texts.join('\n').match(/[A-Za-z]{2,}/g) ?? [])
}

async function open(site: string, ...segments: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(pathToFileURL(path.join(out, site, ...segments)).href, { waitUntil: 'load' })
  return page
}

describe.each(sites)('$name', ({ name, tag, htmlLang, date }) => {
  async function expectNoEnglish(page: Page): Promise<void> {
    const content = await postWords(name)
    const english = (await latinWords(page)).filter(
      (word) => !names.has(word) && !content.has(word),
    )
    expect(english).toEqual([])
    expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang)
  }

  it("the post's page has no English word, and the copy button follows", async () => {
    const page = await open(name, 'posts', 'async', 'index.html')
    // Mermaid draws its diagram after load, with labels of its own.
    await page.waitForFunction(
      `[...document.querySelectorAll('.mermaid')].every((element) => element.querySelector('svg'))`,
    )
    expect(await page.locator('.post-meta time').first().textContent()).toBe(date)
    expect(await page.locator('.copy-code').count()).toBeGreaterThan(0)
    expect(await page.locator('.code-collapsed summary').textContent()).not.toBe('')
    expect(await page.locator('.sample-output summary, details summary').count()).toBeGreaterThan(1)
    await expectNoEnglish(page)
    await page.close()
  })

  it('the home page and a tag page have no English word, dates in the language', async () => {
    for (const segments of [['index.html'], ['tags', tag, 'index.html']]) {
      const page = await open(name, ...segments)
      expect(await page.locator('.post-list time').first().textContent()).toBe(date)
      await expectNoEnglish(page)
      await page.close()
    }
  })

  it("the deck has no English word, reveal.js's controls included", async () => {
    const page = await open(name, 'posts', 'async', 'slides', 'index.html')
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    // The labels are set once reveal.js is ready.
    await expect
      .poll(() => page.locator('.controls .navigate-right').getAttribute('aria-label'))
      .not.toBe('next slide')
    await expectNoEnglish(page)
    await page.close()
  })
})
