import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium, recordTraffic } from './browser.js'

const seed = path.join(import.meta.dirname, '..', '..', 'content', 'posts', 'asyncio-异步编程.md')
let browser: Browser
let out: string

beforeAll(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-e2e-'))
  out = path.join(folder, 'dist')
  const result = await build({ paths: [seed], outDir: out, pdf: true })
  expect(result.ok).toBe(true)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

function fileUrl(...segments: string[]): string {
  return pathToFileURL(path.join(out, ...segments)).href
}

describe('the seed post in Chromium', () => {
  it('shows the page, with its image, using only local files', async () => {
    const page = await browser.newPage()
    const traffic = recordTraffic(page)
    await page.goto(fileUrl('posts', 'asyncio-异步编程', 'index.html'), { waitUntil: 'load' })

    expect(await page.locator('h1').allTextContents()).toEqual(['asyncio-异步编程'])
    expect(await page.getAttribute('html', 'lang')).toBe('zh')
    const image = page.locator('.post-body img')
    // The page reserves the image's space before it loads, and loads it lazily when it comes near.
    expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual([
      '1229',
      '1293',
    ])
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((node: HTMLImageElement) => node.naturalWidth))
      .toBe(1229)
    expect(await page.locator('.post-body pre.shiki:not(details pre)').count()).toBe(7)
    // The two samples with a documented output are marked verified, with their real output.
    expect(await page.locator('details.sample-output summary').allTextContents()).toEqual([
      '✓ 已验证：实际输出一致',
      '✓ 已验证：实际输出一致',
    ])

    expect(traffic.requests.length).toBeGreaterThan(1)
    expect(traffic.requests.filter((url) => !url.startsWith('file://'))).toEqual([])
    expect(traffic.failed).toEqual([])
    expect(traffic.consoleErrors).toEqual([])
    await page.close()
  })

  it('starts reveal.js with every slide, navigates, and uses only local files', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const traffic = recordTraffic(page)
    await page.goto(fileUrl('posts', 'asyncio-异步编程', 'slides', 'index.html'), {
      waitUntil: 'load',
    })
    await page.waitForFunction(() => 'Reveal' in window && window.Reveal.isReady())

    // The title slide, and the post's 8 sections cut to fit, short ones sharing: 16 slides with the real outputs shown.
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(16)
    expect(await page.locator('.reveal .slides > section.title-slide h1').textContent()).toBe(
      'asyncio-异步编程',
    )

    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => window.Reveal.getIndices().h)).toBe(2)
    // Slides are named after their sections, so the URL says where the talk is.
    await page.waitForFunction(() => decodeURIComponent(window.location.hash) === '#/协程')
    expect(await page.evaluate(() => typeof window.RevealNotes)).toBe('function')

    expect(traffic.requests.filter((url) => !url.startsWith('file://'))).toEqual([])
    expect(traffic.failed).toEqual([])
    expect(traffic.consoleErrors).toEqual([])
    await page.close()
  })

  it('prints the deck to a PDF with one page per slide', async () => {
    const pdf = await readFile(path.join(out, 'posts', 'asyncio-异步编程', 'slides', 'slides.pdf'))
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages).toHaveLength(16)
  })

  it('prints only the decks that changed: an unchanged one comes from the cache', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-pdf-'))
    const post = path.join(folder, 'content', 'posts', 'deck.md')
    await mkdir(path.dirname(post), { recursive: true })
    await writeFile(
      post,
      '---\ntitle: 幻灯片\npublished: 2026-03-01\n---\n\n## 一\n\n第一页。\n\n## 二\n\n第二页。\n',
    )
    const pdfCache = path.join(folder, 'pdf-cache')
    const buildInto = async (name: string) => {
      const printed: string[] = []
      const result = await build({
        paths: [post],
        outDir: path.join(folder, name),
        pdf: true,
        pdfCache,
        onPdf: (deck) => printed.push(deck),
      })
      expect(result.ok).toBe(true)
      return printed
    }
    expect(await buildInto('first')).toEqual(['posts/deck/slides'])
    const previous = process.env.CHROMIUM_PATH
    // With no browser to be had, the build succeeds only if it prints nothing.
    process.env.CHROMIUM_PATH = path.join(folder, 'no-such-chromium')
    try {
      expect(await buildInto('again')).toEqual([])
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = previous
    }
    const deck = ['posts', 'deck', 'slides', 'slides.pdf']
    expect(await readFile(path.join(folder, 'again', ...deck))).toEqual(
      await readFile(path.join(folder, 'first', ...deck)),
    )
    await writeFile(post, (await readFile(post, 'utf8')).replace('第二页。', '第二页，改过了。'))
    expect(await buildInto('edited')).toEqual(['posts/deck/slides'])
  })
})

declare global {
  interface Window {
    Reveal: {
      isReady(): boolean
      getTotalSlides(): number
      getIndices(): { h: number; v: number }
    }
    RevealNotes: unknown
  }
}
