import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** No Chromium to print with, or printing failed. */
export class PdfError extends Error {
  override name = 'PdfError'
}

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

/** The Chromium to print with: `CHROMIUM_PATH`, else the first one installed in the usual places. */
export function findChromium(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = environment.CHROMIUM_PATH
  if (named) return existsSync(named) ? named : undefined
  return candidates.find((candidate) => existsSync(candidate))
}

/** How to install the browser driver, which postdeck leaves out unless asked for. */
export const pdfDriverInstall = 'npm install --save-dev playwright-core'

/**
 * Load the browser driver (playwright-core, an optional peer dependency) and
 * find Chromium; throws a `PdfError` saying how to get what is missing.
 * Note: playwright-core takes most of a second to load, so only `--pdf` loads it.
 */
export async function loadPdfPrinter(): Promise<{
  chromium: typeof import('playwright-core').chromium
  executablePath: string
}> {
  let driver: typeof import('playwright-core')
  try {
    driver = await import('playwright-core')
  } catch (error) {
    throw new PdfError(
      `\`--pdf\` prints through playwright-core, which is not installed: run \`${pdfDriverInstall}\``,
      { cause: error },
    )
  }
  const executablePath = findChromium()
  if (!executablePath) {
    throw new PdfError(
      'No Chromium found to print the decks: install Chromium (Debian: `apt-get install chromium`) or set `CHROMIUM_PATH`',
    )
  }
  return { chromium: driver.chromium, executablePath }
}

/**
 * Print each deck (`<folder>/<deck>/index.html`) to `slides.pdf` beside it,
 * one page per slide, through reveal.js's print layout in headless Chromium.
 *
 * Note: this is the one place besides sample verification that starts a
 * process (the browser); it runs against the staging folder, before the
 * build is swapped in, so a failed print leaves the previous output as it was.
 */
export async function printDecks(folder: string, decks: readonly string[]): Promise<void> {
  if (decks.length === 0) return
  const { chromium, executablePath } = await loadPdfPrinter()
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  try {
    const page = await browser.newPage()
    for (const deck of decks) {
      const index = path.join(folder, ...deck.split('/'), 'index.html')
      await page.goto(`${pathToFileURL(index).href}?print-pdf`, { waitUntil: 'load' })
      await page.waitForFunction(
        "typeof Reveal !== 'undefined' && Reveal.isReady() && document.querySelectorAll('.pdf-page').length > 0",
      )
      await page.pdf({
        path: path.join(path.dirname(index), 'slides.pdf'),
        width: '1280px',
        height: '720px',
        printBackground: true,
        preferCSSPageSize: true,
      })
    }
  } finally {
    await browser.close()
  }
}
