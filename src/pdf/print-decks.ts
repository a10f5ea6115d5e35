import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { postdeckVersion } from '../version.js'

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
 * Load the browser driver (playwright-core, an optional peer dependency);
 * throws a `PdfError` saying how to install it when it is missing.
 * Note: playwright-core takes most of a second to load, so only `--pdf` loads it.
 */
export async function loadPdfDriver(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core')
  } catch (error) {
    throw new PdfError(
      `\`--pdf\` prints through playwright-core, which is not installed: run \`${pdfDriverInstall}\``,
      { cause: error },
    )
  }
}

/**
 * Load the browser driver and find Chromium; throws a `PdfError` saying how
 * to get what is missing.
 */
export async function loadPdfPrinter(): Promise<{
  chromium: typeof import('playwright-core').chromium
  executablePath: string
}> {
  const driver = await loadPdfDriver()
  const executablePath = findChromium()
  if (!executablePath) {
    throw new PdfError(
      'No Chromium found to print the decks: install Chromium (Debian: `apt-get install chromium`) or set `CHROMIUM_PATH`',
    )
  }
  return { chromium: driver.chromium, executablePath }
}

/** Options of `printDecks`. */
export interface PrintOptions {
  /**
   * Folder of PDFs printed before, by a digest of the deck and every file it
   * loads: a deck whose digest is there is copied, not printed again.
   */
  cacheFolder?: string | undefined
  /** Called with each deck's path (as given) once it is printed; not for decks copied from the cache. */
  onPrinted?: ((deck: string) => void) | undefined
}

/**
 * Print each deck (`<folder>/<deck>/index.html`) to `slides.pdf` beside it,
 * one page per slide, through reveal.js's print layout in headless Chromium;
 * decks unchanged since they were printed come from the cache. Returns the
 * decks it printed.
 *
 * Note: this is the one place besides sample verification that starts a
 * process (the browser); it runs against the staging folder, before the
 * build is swapped in, so a failed print leaves the previous output as it was.
 */
export async function printDecks(
  folder: string,
  decks: readonly string[],
  options: PrintOptions = {},
): Promise<string[]> {
  const { cacheFolder } = options
  const toPrint: Array<{ deck: string; cached: string | undefined }> = []
  for (const deck of decks) {
    const index = path.join(folder, ...deck.split('/'), 'index.html')
    const cached = cacheFolder && path.join(cacheFolder, `${await deckDigest(index)}.pdf`)
    if (cached && existsSync(cached)) {
      await copyFile(cached, path.join(path.dirname(index), 'slides.pdf'))
    } else toPrint.push({ deck, cached })
  }
  if (toPrint.length === 0) return []
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
    if (cacheFolder) await mkdir(cacheFolder, { recursive: true })
    for (const { deck, cached } of toPrint) {
      const index = path.join(folder, ...deck.split('/'), 'index.html')
      await page.goto(`${pathToFileURL(index).href}?print-pdf`, { waitUntil: 'load' })
      await page.waitForFunction(
        "typeof Reveal !== 'undefined' && Reveal.isReady() && document.querySelectorAll('.pdf-page').length > 0",
      )
      const pdf = path.join(path.dirname(index), 'slides.pdf')
      await page.pdf({
        path: pdf,
        width: '1280px',
        height: '720px',
        printBackground: true,
        preferCSSPageSize: true,
      })
      if (cached) await copyFile(pdf, cached)
      options.onPrinted?.(deck)
    }
  } finally {
    await browser.close()
  }
  return toPrint.map(({ deck }) => deck)
}

/**
 * A digest of a deck as printed: its HTML and every local file it loads
 * (style sheets, scripts, images), and postdeck's version. Links to pages
 * are left out: they do not change the print.
 */
async function deckDigest(index: string): Promise<string> {
  const html = await readFile(index, 'utf8')
  const hash = createHash('sha256').update(`postdeck-pdf-${postdeckVersion}\0`).update(html)
  const references = new Set(
    [...html.matchAll(/\b(?:src|href)="([^"#?]+)[^"]*"/g)]
      .map((match) => match[1] ?? '')
      .filter(
        (reference) => !/^[a-z][a-z0-9+.-]*:/i.test(reference) && !reference.endsWith('.html'),
      ),
  )
  for (const reference of [...references].sort()) {
    const file = path.resolve(path.dirname(index), decodeURI(reference))
    hash.update(`\0${reference}\0`)
    hash.update(await readFile(file).catch(() => Buffer.from('missing')))
  }
  return hash.digest('hex')
}
