/**
 * `npx tsx bench/deck-quality.ts <posts...> [--out DIR] [--json FILE] [--sheets DIR] [--verify]`:
 * build the decks of the given posts (the seed post is always added) and
 * measure each in Chromium: slides, overflowing, blank, heading-only, nearly
 * empty (content ending in the top 200 px), cut lead-ins, parts of one or two
 * lines, continuation runs longer than three, images shown below half their
 * size beside other blocks, such images no click or key opens larger, slides
 * given to one picture and those still below half size there, slides with
 * content under a control (page link, slide number, arrows), coverage of the
 * page's text, and whether → reaches every slide. A post written as slides
 * (`---` between a talk's slides) keeps its author's slides: its one-line
 * slides are the author's, not counted as heading-only or nearly empty, and
 * the header names such decks (`authoredSlides`).
 * Prints a table per deck and in total; `--json` keeps the figures (no post
 * text), `--sheets` writes a contact sheet of each deck's slides; `--verify`
 * runs the samples first, so the decks show their real outputs.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { build } from '../src/index.js'
import { launchChromium } from '../test/e2e/browser.js'
import {
  coverage,
  measureDeck,
  pageLeadIns,
  pageSectionEnds,
  pageTextBlocks,
} from '../test/e2e/deck-measures.js'
import { seedPost } from './workspace.js'

/** The figures of one deck. */
export interface DeckFigures {
  post: string
  slides: number
  overflowing: number
  blank: number
  headingOnly: number
  nearlyEmpty: number
  cutLeadIns: number
  outputsApart: number
  tinyParts: number
  longRuns: number
  shrunkImages: number
  unzoomable: number
  pictureSlides: number
  smallPictures: number
  /** Slides with content under a control (the page link, the slide number, an arrow). */
  underControls: number
  /** Slides as the author cut them, in a post written as slides (0 elsewhere). */
  authoredSlides: number
  coverage: number
  arrowReachesAll: boolean
  controlsOverlap: boolean
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    json: { type: 'string' },
    sheets: { type: 'string' },
    verbose: { type: 'boolean' },
    verify: { type: 'boolean' },
  },
})

const out = values.out ?? (await mkdtemp(path.join(tmpdir(), 'postdeck-deck-quality-')))
const result = await build({
  paths: [seedPost, ...positionals],
  outDir: out,
  verify: values.verify === true,
})
if (!result.ok) throw new Error(`the posts do not build; see the messages above`)

const slugs = (await readdir(path.join(out, 'posts'))).sort()
const browser = await launchChromium()
const figures: DeckFigures[] = []
for (const slug of slugs) figures.push(await measure(browser, slug))
await browser.close()

const columns: (keyof DeckFigures)[] = [
  'slides',
  'overflowing',
  'blank',
  'headingOnly',
  'nearlyEmpty',
  'cutLeadIns',
  'outputsApart',
  'tinyParts',
  'longRuns',
  'shrunkImages',
  'unzoomable',
  'pictureSlides',
  'smallPictures',
  'underControls',
  'authoredSlides',
  'coverage',
  'arrowReachesAll',
  'controlsOverlap',
]
const total = (key: keyof DeckFigures) =>
  figures.reduce((sum, row) => sum + (typeof row[key] === 'number' ? (row[key] as number) : 0), 0)
const asSlides = figures.filter((row) => row.authoredSlides > 0)
const lines = [
  `written as slides (\`---\` between slides; their author's one-line slides not counted as faults): ${
    asSlides.map((row) => row.post).join(', ') || 'none'
  }`,
  ['post', ...columns].join('\t'),
  ...figures.map((row) => [row.post, ...columns.map((key) => show(row[key]))].join('\t')),
  [
    'total',
    ...columns.map((key) =>
      key === 'coverage'
        ? `min ${show(Math.min(...figures.map((row) => row.coverage)))}`
        : key === 'arrowReachesAll' || key === 'controlsOverlap'
          ? `${figures.filter((row) => row[key]).length}/${figures.length}`
          : String(total(key)),
    ),
  ].join('\t'),
  `nearly empty: ${((100 * total('nearlyEmpty')) / total('slides')).toFixed(1)}% of ${total('slides')} slides`,
]
process.stdout.write(`${lines.join('\n')}\n`)
if (values.json) await writeFile(values.json, `${JSON.stringify(figures, null, 1)}\n`)

function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(3)
  return String(value)
}

async function measure(browser: Browser, slug: string): Promise<DeckFigures> {
  const folder = path.join(out, 'posts', slug)
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href)
  const blocks = await pageTextBlocks(page)
  const leadIns = await pageLeadIns(page)
  const sectionEnds = await pageSectionEnds(page)
  await page.goto(pathToFileURL(path.join(folder, 'slides', 'index.html')).href)
  await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
  const measures = await measureDeck(page, leadIns, sectionEnds)
  const covered = coverage(blocks, measures.text)
  if (values.verbose) {
    const { text: _, ...faults } = measures
    process.stderr.write(
      `${slug} ${JSON.stringify(faults, null, 1)}\nmissing: ${JSON.stringify(covered.missing.slice(0, 5))}\n`,
    )
  }
  if (values.sheets) await contactSheet(browser, page, slug, values.sheets)
  await page.close()
  return {
    post: slug,
    slides: measures.slides,
    overflowing: measures.overflowing.length,
    blank: measures.blank.length,
    headingOnly: measures.headingOnly.length,
    nearlyEmpty: measures.nearlyEmpty.length,
    cutLeadIns: measures.cutLeadIns.length,
    outputsApart: measures.outputsApart.length,
    tinyParts: measures.tinyParts.length,
    longRuns: measures.longRuns.length,
    shrunkImages: measures.shrunkImages.length,
    unzoomable: measures.unzoomable.length,
    pictureSlides: measures.pictureSlides,
    smallPictures: measures.smallPictures.length,
    underControls: measures.underControls.length,
    authoredSlides: measures.authoredSlides,
    coverage: covered.ratio,
    arrowReachesAll: measures.arrowReachesAll,
    controlsOverlap: measures.controlsOverlap,
  }
}

/** Screenshot every slide, fragments shown, and lay the shots out six to a row on one image. */
async function contactSheet(
  browser: Browser,
  page: import('playwright-core').Page,
  slug: string,
  folder: string,
): Promise<void> {
  await mkdir(folder, { recursive: true })
  const count = Number(await page.evaluate('Reveal.getTotalSlides()'))
  const shots: string[] = []
  for (let index = 0; index < count; index++) {
    await page.evaluate(`(() => {
      const slide = Reveal.getSlides()[${index}]
      const { h, v } = Reveal.getIndices(slide)
      Reveal.slide(h, v)
      for (const fragment of slide.querySelectorAll('.fragment')) fragment.classList.add('visible')
    })()`)
    await page.waitForTimeout(30)
    shots.push((await page.screenshot({ type: 'jpeg', quality: 70 })).toString('base64'))
  }
  const sheet = await browser.newPage({ viewport: { width: 1920, height: 400 } })
  await sheet.setContent(
    `<body style="margin:0;background:#888;display:grid;grid-template-columns:repeat(6,316px);gap:4px;padding:4px">${shots
      .map(
        (shot, index) =>
          `<div style="position:relative"><img style="width:316px;display:block" src="data:image/jpeg;base64,${shot}"><b style="position:absolute;top:0;left:0;background:#ff0;font:12px sans-serif">${index + 1}</b></div>`,
      )
      .join('')}</body>`,
  )
  await sheet.screenshot({ path: path.join(folder, `${slug}.png`), fullPage: true })
  await sheet.close()
}
