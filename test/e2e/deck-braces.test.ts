import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium } from './browser.js'

/** C written with the body's brace on a line of its own (the kernel's and Allman's style), too long for one slide. */
const cases = [
  { name: 'deck-braces-en', functions: ['meter_irq', 'meter_read_sample', 'meter_event'] },
  { name: 'deck-braces-zh', functions: ['meter_irq', 'meter_read_sample', 'meter_event'] },
]
let browser: Browser
let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-braces-'))
  for (const { name } of cases) {
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

describe.each(cases)('the deck of $name', ({ name, functions }) => {
  it('cuts the code between functions, never between a signature and its brace', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const deck = path.join(out, name, 'posts', 'input', 'slides', 'index.html')
    await page.goto(pathToFileURL(deck).href, { waitUntil: 'load' })
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    // The lines of each code part shown on a slide (the notes' copies left out).
    const parts =
      (await page.evaluate(`[...document.querySelectorAll('.reveal .slides section')].flatMap((slide) =>
      [...slide.querySelectorAll('pre code')].filter((code) => !code.closest('aside.notes'))
        .map((code) => code.textContent.split('\\n').filter((line) => line.trim() !== '')))`)) as string[][]
    expect(parts.length).toBeGreaterThan(1)
    for (const lines of parts) {
      expect(lines[0]?.trim(), `a part starting ${lines[0]}`).not.toBe('{')
      expect(lines.at(-1), 'a part ending on a signature').not.toMatch(/^\w[^;]*\)\s*$/)
    }
    // Each function's signature is on the slide that shows its body.
    for (const fn of functions) {
      const holder = parts.find((lines) =>
        lines.some((line) => new RegExp(`^\\w.*\\b${fn}\\(`).test(line)),
      )
      expect(holder, fn).toBeDefined()
      const at = holder?.findIndex((line) => new RegExp(`^\\w.*\\b${fn}\\(`).test(line)) ?? -1
      expect(holder?.[at + 1]?.trim(), `${fn} has its body`).toBe('{')
    }
    await page.close()
  })
})
