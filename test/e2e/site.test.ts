import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium, recordTraffic } from './browser.js'

const content = path.join(import.meta.dirname, '..', '..', 'content')
/** The part of an axe result the test reads. */
interface Violation {
  id: string
  impact?: string | null | undefined
  nodes: Array<{ target: unknown }>
}

let browser: Browser
let out: string

beforeAll(async () => {
  out = path.join(await mkdtemp(path.join(tmpdir(), 'postdeck-site-')), 'dist')
  const result = await build({
    paths: [content],
    outDir: out,
    site: { url: 'https://blog.example/' },
  })
  expect(result.ok).toBe(true)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const pages = {
  'the seed post': ['posts', 'asyncio-异步编程', 'index.html'],
  'the home page': ['index.html'],
  'a tag page': ['tags', 'python', 'index.html'],
} as const

describe.each(Object.entries(pages))('%s', (_, segments) => {
  const url = () => pathToFileURL(path.join(out, ...segments)).href

  it.each(['light', 'dark'] as const)(
    'has no serious or critical accessibility violation (%s)',
    async (scheme) => {
      // Note: axe needs a page made from a context of its own.
      const context = await browser.newContext({ colorScheme: scheme })
      const page = await context.newPage()
      const traffic = recordTraffic(page)
      await page.goto(url(), { waitUntil: 'load' })
      // Checked before axe runs: axe fetches the stylesheets again, outside the page's own loading.
      expect(traffic.requests.filter((request) => !request.startsWith('file://'))).toEqual([])
      expect(traffic.failed).toEqual([])
      expect(traffic.consoleErrors).toEqual([])
      const { violations }: { violations: Violation[] } = await new AxeBuilder({ page }).analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => String(node.target)).join(', ')}`,
        )
      expect(serious).toEqual([])
      await context.close()
    },
  )

  it('has no horizontal scroll on a 390 px phone, outside code blocks', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(url(), { waitUntil: 'load' })
    const overflow = await page.evaluate(`(() => {
      const wide = []
      for (const element of document.querySelectorAll('body *')) {
        if (element.closest('pre, table')) continue
        const rect = element.getBoundingClientRect()
        if (rect.right > document.documentElement.clientWidth + 1) wide.push(element.tagName + ' ' + (element.textContent || '').slice(0, 30))
      }
      return { scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, wide }
    })()`)
    expect(overflow).toEqual({ scroll: 0, wide: [] })
    await page.close()
  })
})

describe('in-page links', () => {
  it('resolve every anchor of the seed page, table of contents included', async () => {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(path.join(out, ...pages['the seed post'])).href)
    const broken = await page.evaluate(`(() => [...document.querySelectorAll('a[href^="#"]')]
      .map((link) => decodeURIComponent(link.getAttribute('href').slice(1)))
      .filter((id) => id !== 'main' && !document.getElementById(id)))()`)
    expect(broken).toEqual([])
    expect(await page.locator('.toc a').count()).toBeGreaterThan(2)
    await page.close()
  })
})
