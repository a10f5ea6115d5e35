/**
 * The setup deck tests share: fixture posts built once per test file into a
 * folder of their own, a Chromium to open them in, and the way to a post's
 * page and deck in a 1280×720 tab.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'
import { pageLeadIns, pageTextBlocks } from './deck-measures.js'

export interface FixtureDecks {
  /** Chromium, launched before the file's tests. */
  readonly browser: Browser
  /** The file URL of a built post's page, or of a file under it (`'slides', 'index.html'`). */
  url(name: string, ...segments: string[]): string
  /** A new 1280×720 tab. */
  newPage(): Promise<Page>
  /** Show the post's deck in `page`, once reveal.js is ready. */
  showDeck(page: Page, name: string): Promise<void>
  /**
   * Read the post's page (its text blocks and lead-ins, what the deck's
   * measures compare with), then show its deck in `page`.
   */
  readPageThenShowDeck(page: Page, name: string): Promise<{ blocks: string[]; leadIns: string[] }>
}

/**
 * Build the fixture posts `names` (each a folder holding `input.md`, in
 * `folder`: `test/e2e/fixtures` unless told) before the file's tests, and
 * close the browser after them.
 */
export function fixtureDecks(
  names: readonly string[],
  {
    folder = path.join(import.meta.dirname, 'fixtures'),
    verify,
  }: { folder?: string; verify?: boolean } = {},
): FixtureDecks {
  let browser: Browser | undefined
  let out = ''
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'postdeck-fixture-decks-'))
    for (const name of names) {
      const result = await build({
        paths: [path.join(folder, name, 'input.md')],
        outDir: path.join(out, name),
        ...(verify === undefined ? {} : { verify }),
      })
      expect(result.ok, `${name} builds`).toBe(true)
    }
    browser = await launchChromium()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
  })
  const url = (name: string, ...segments: string[]) =>
    pathToFileURL(path.join(out, name, 'posts', 'input', ...segments)).href
  return {
    get browser() {
      if (!browser) throw new Error('the browser is launched before the tests')
      return browser
    },
    url,
    newPage() {
      return this.browser.newPage({ viewport: { width: 1280, height: 720 } })
    },
    async showDeck(page, name) {
      await page.goto(url(name, 'slides', 'index.html'), { waitUntil: 'load' })
      await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    },
    async readPageThenShowDeck(page, name) {
      await page.goto(url(name, 'index.html'))
      const blocks = await pageTextBlocks(page)
      const leadIns = await pageLeadIns(page)
      await this.showDeck(page, name)
      return { blocks, leadIns }
    },
  }
}
