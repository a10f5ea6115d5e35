import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { inspectDeck } from './inspect-deck.js'

/** Hexo NexT's `{% note %}` boxes: in a paragraph of their own, apart from their words, inside list items. */
const cases = [
  {
    name: 'deck-hexo-notes-en',
    heading: 'Pairs to remember',
    words: [
      'Leave the files in it alone',
      'say what the commit changes',
      'a snapshot you can come back to',
    ],
  },
  {
    name: 'deck-hexo-notes-zh',
    heading: '要记住的搭配',
    words: ['不要手动改动里面的文件', '写清楚这次提交改了什么', '一个可以回到的快照'],
  },
]
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-hexo-notes-'))
  for (const { name } of cases) {
    const result = await build({
      paths: [path.join(import.meta.dirname, 'fixtures', name, 'input.md')],
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

describe.each(cases)('$name', ({ name, words, heading }) => {
  it('shows each note as a callout box on the page, its tags gone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(pathToFileURL(path.join(out, name, 'posts', 'input', 'index.html')).href)
    const boxes = (await page.evaluate(
      `[...document.querySelectorAll('.post-body .callout')].map((box) => box.textContent)`,
    )) as string[]
    expect(boxes).toHaveLength(3)
    // A note around a heading is no box: the heading stays a section of the post.
    expect(await page.locator('.post-body h2', { hasText: heading }).count()).toBe(1)
    for (const [index, text] of words.entries()) expect(boxes[index]).toContain(text)
    expect(await page.evaluate(`document.querySelector('.post-body').textContent`)).not.toContain(
      '{%',
    )
    await page.close()
  })

  it('shows the notes’ words on the slides, never the tags', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(
      pathToFileURL(path.join(out, name, 'posts', 'input', 'slides', 'index.html')).href,
    )
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    const slides = await inspectDeck(page)
    const shown = slides.map((slide) => slide.text).join('\n')
    for (const text of words) expect(shown).toContain(text)
    expect(slides.map((slide) => slide.text + slide.notes).join('\n')).not.toContain('{%')
    expect(await page.locator('.slides .callout').count()).toBe(3)
    expect(
      await page.locator('.slides section > .slide-body > h2', { hasText: heading }).count(),
    ).toBe(1)
    await page.close()
  })
})
