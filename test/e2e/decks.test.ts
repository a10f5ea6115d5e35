import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium, recordTraffic } from './browser.js'
import { coverage, measureDeck, pageLeadIns, pageTextBlocks } from './deck-measures.js'
import { inspectDeck, type SlideInspection } from './inspect-deck.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
/** Posts reproducing what real posts do to decks; checked here only, in the browser. */
const ownFixtures = path.join(import.meta.dirname, 'fixtures')
const cases = [
  'seed',
  'deck-long',
  'deck-cjk',
  'title-heading',
  'links',
  'image-width',
  'verify-python',
  'deck-tutorial-en',
  'deck-tutorial-zh',
  'deck-walkthrough-zh',
  'deck-essay-en',
  'deck-splits-en',
  'deck-splits-zh',
  'deck-screenshots-en',
  'deck-screenshots-zh',
  'deck-steps-en',
  'deck-steps-zh',
  'deck-talk-en',
  'deck-talk-zh',
  'deck-engines-en',
  'deck-engines-zh',
  'deck-footer-en',
  'deck-footer-zh',
  'deck-leadins-en',
  'deck-leadins-zh',
  'deck-figures-en',
  'deck-figures-zh',
  'deck-quotes-en',
  'deck-quotes-zh',
  'deck-html-en',
  'deck-html-zh',
  'deck-chains-en',
  'deck-chains-zh',
  'deck-html-pictures-en',
  'deck-html-pictures-zh',
  'deck-notes-en',
  'deck-notes-zh',
  'deck-components-en',
  'deck-components-zh',
]
let browser: Browser
let out: string

// Note: a build per case, one of them verifying the seed's samples; more than the default minute on a busy machine.
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'postdeck-decks-'))
  for (const name of cases) {
    const result = await build({
      paths: [
        path.join(
          existsSync(path.join(ownFixtures, name)) ? ownFixtures : fixtures,
          name,
          'input.md',
        ),
      ],
      outDir: path.join(out, name),
      verify: name === 'verify-python' ? false : undefined,
    })
    expect(result.ok, `${name} builds`).toBe(true)
  }
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
})

function url(name: string, ...segments: string[]): string {
  return pathToFileURL(path.join(out, name, 'posts', 'input', ...segments)).href
}

async function openDeck(
  name: string,
  hash = '',
): Promise<{ page: Page; slides: SlideInspection[]; traffic: ReturnType<typeof recordTraffic> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const traffic = recordTraffic(page)
  await page.goto(url(name, 'slides', 'index.html') + hash, { waitUntil: 'load' })
  await page.waitForFunction(
    () =>
      'Reveal' in window &&
      (window as unknown as { Reveal: { isReady(): boolean } }).Reveal.isReady(),
  )
  return { page, slides: await inspectDeck(page), traffic }
}

/** Text blocks of the page body, as the deck measure reads them. */
async function pageBlocks(name: string): Promise<string[]> {
  const page = await browser.newPage()
  await page.goto(url(name, 'index.html'))
  const blocks = await pageTextBlocks(page)
  await page.close()
  return blocks
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

describe.each(cases)('the deck of fixture %s', (name) => {
  it('fits every slide in 1280×720, hides nothing, and loads only local files without errors', async () => {
    const { page, slides, traffic } = await openDeck(name)
    expect(slides.length).toBeGreaterThan(1)
    expect(
      slides
        .filter((slide) => slide.outside.length > 0)
        .map((slide) => [slide.index, slide.outside]),
    ).toEqual([])
    expect(
      slides.filter((slide) => slide.hidden.length > 0).map((slide) => [slide.index, slide.hidden]),
    ).toEqual([])
    expect(traffic.requests.filter((request) => !request.startsWith('file://'))).toEqual([])
    expect(traffic.failed).toEqual([])
    expect(traffic.consoleErrors).toEqual([])
    await page.close()
  })

  it('has every text block of the page on a slide or in the speaker notes', async () => {
    const { page, slides } = await openDeck(name)
    const deckText = normalise(slides.map((slide) => `${slide.text} ${slide.notes}`).join(' '))
    const missing = (await pageBlocks(name)).filter((block) => !deckText.includes(block))
    expect(missing).toEqual([])
    await page.close()
  })
})

describe.each(cases)('the deck of fixture %s, as a speaker presents it', (name) => {
  it('has no blank, heading-only or nearly empty slide, no cut lead-in, tiny part or long run, no content under a control, and → reaches every slide', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(url(name, 'index.html'))
    const blocks = await pageTextBlocks(page)
    const leadIns = await pageLeadIns(page)
    await page.goto(url(name, 'slides', 'index.html'), { waitUntil: 'load' })
    await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
    const {
      text,
      slides,
      arrowReachesAll,
      controlsOverlap,
      pictureSlides,
      smallPictures,
      authoredSlides,
      ...faults
    } = await measureDeck(page, leadIns)
    expect(faults).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      nearlyEmpty: [],
      cutLeadIns: [],
      outputsApart: [],
      tinyParts: [],
      longRuns: [],
      shrunkImages: [],
      unzoomable: [],
      underControls: [],
    })
    expect(arrowReachesAll).toBe(true)
    expect(controlsOverlap).toBe(false)
    expect(coverage(blocks, text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})

describe('the tutorial fixtures', () => {
  it('keeps the structure of the post: no slide for the contents wrapper, the closing H1 or the title H1', async () => {
    const { page } = await openDeck('deck-tutorial-en')
    const ids = (await page.evaluate(`Reveal.getSlides().map((slide) => slide.id)`)) as string[]
    expect(ids).not.toContain('table-of-contents')
    expect(
      await page.locator('.slides section:not(.title-slide) :is(h1, h2)').allTextContents(),
    ).not.toContain('Building a small web service in Go')
    await page.close()
  })

  it('never cuts code inside an open bracket, and shows a diagram whole', async () => {
    const { page } = await openDeck('deck-tutorial-en')
    const parts = (await page.evaluate(
      `[...document.querySelectorAll('.slides pre')].map((pre) => pre.textContent)`,
    )) as string[]
    for (const part of parts.filter((text) => text.includes('func handler')))
      expect(part.trim()).toMatch(/^func handler[\s\S]*\n}$/)
    expect(parts.filter((text) => text.includes('gateway'))).toHaveLength(1)
    await page.close()
  })

  it('lays out consecutive images as a grid on one slide, each zoomable', async () => {
    const { page } = await openDeck('deck-tutorial-en')
    const grid = page.locator('.slides .image-grid')
    expect(await grid.count()).toBe(1)
    expect(await grid.locator('img[role="button"]').count()).toBe(4)
    await page.close()
  })

  it('shows code in dark colours in the dark theme', async () => {
    const { page } = await openDeck('deck-tutorial-zh')
    // The shown lightness of each code block's background: a light one inverted by a filter reads dark.
    const shown =
      (await page.evaluate(`[...document.querySelectorAll('.slides .slide-body pre')].map((pre) => {
      const style = getComputedStyle(pre)
      const [red, green, blue] = (style.backgroundColor.match(/\\d+/g) || []).map(Number)
      const lightness = 0.299 * red + 0.587 * green + 0.114 * blue
      return style.filter.includes('invert(1)') ? 255 - lightness : lightness
    })`)) as number[]
    expect(shown.length).toBeGreaterThan(0)
    for (const lightness of shown) expect(lightness).toBeLessThan(80)
    await page.close()
  })
})

describe('the steps fixtures', () => {
  it('shows a screenshot that follows the words of a step under them, never beside them off the slide', async () => {
    const { page } = await openDeck('deck-steps-en')
    const strip = page.locator('.slides li img[src$="commit.png"]')
    expect(await strip.count()).toBe(1)
    const shown = (await strip.evaluate((image) => {
      const words = image.closest('li')?.getBoundingClientRect()
      const box = image.getBoundingClientRect()
      return { left: box.left - (words?.left ?? 0), right: (words?.right ?? 0) - box.right }
    })) as { left: number; right: number }
    expect(shown.left).toBeLessThan(2)
    expect(shown.right).toBeGreaterThanOrEqual(-1)
    await page.close()
  })

  it('gives a wide screenshot of a step a slide of its own, the step its caption', async () => {
    const { page } = await openDeck('deck-steps-zh')
    const caption =
      (await page.evaluate(`[...document.querySelectorAll('.slides .picture-slide')].map((slide) =>
      slide.querySelector('.slide-body li')?.textContent.replace(/\\s+/g, ''))`)) as string[]
    expect(caption).toEqual([expect.stringContaining('打开它打印的地址')])
    await page.close()
  })

  it('fits a slide whatever its content, shrinking it below the usual floor as a last resort', async () => {
    const { page } = await openDeck('deck-steps-en')
    const over = (await page.evaluate(`(async () => {
      const slide = Reveal.getSlides()[1]
      const { h, v } = Reveal.getIndices(slide)
      const body = slide.querySelector('.slide-body')
      for (let index = 0; index < 40; index++) body.insertAdjacentHTML('beforeend', '<p>A line the plan never counted.</p>')
      delete body.dataset.fitted
      Reveal.slide(h, v)
      fitSlide(slide)
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      const box = document.querySelector('.reveal .slides').getBoundingClientRect()
      return Math.max(...[...body.querySelectorAll('*')].map((element) => element.getBoundingClientRect().bottom - box.bottom))
    })()`)) as number
    expect(over).toBeLessThanOrEqual(1)
    await page.close()
  })
})

describe('the walkthrough and essay fixtures', () => {
  /** Visible text of each slide, notes left out. */
  async function slideTexts(page: Page): Promise<string[]> {
    return (await page.evaluate(`Reveal.getSlides().map((slide) => {
      const shown = slide.cloneNode(true)
      for (const aside of shown.querySelectorAll('aside.notes')) aside.remove()
      return shown.textContent.replace(/\\s+/g, ' ')
    })`)) as string[]
  }

  it('keeps each step of a walkthrough on the slide of its screenshot', async () => {
    const { page } = await openDeck('deck-walkthrough-zh')
    const steps = (await page.evaluate(`[...document.querySelectorAll('.slides img')].map((image) =>
      image.closest('section').querySelector('.slide-body').textContent.replace(/\\s+/g, ''))`)) as string[]
    expect(steps).toHaveLength(5)
    expect(steps[0]).toContain('打开官网，点右上角的注册按钮。')
    expect(steps[1]).toContain('填好邮箱和密码，点击创建。')
    expect(steps[2]).toContain('会生成一个十六位的网络ID。')
    expect(steps[3]).toContain('名字随意，访问控制保持私有。')
    expect(steps[4]).toContain('互相ping一下，结果如下：')
    await page.close()
  })

  it('leaves no slide of a line or two: a closing remark joins its code, a one-line section rides above its first subsection', async () => {
    const { page, slides } = await openDeck('deck-walkthrough-zh')
    const texts = await slideTexts(page)
    const withCode = texts.find((text) => text.includes('client-cli join'))
    expect(withCode).toContain('装好以后服务会自己启动。')
    const network = slides.find((slide) => slide.notes.includes('登录以后先建一个网络'))
    expect(network?.text).toContain('新建')
    expect(await page.locator('.slides .kicker').allTextContents()).toContain('创建网络')
    await page.close()
  })

  it('shows a footnote as its number on the slide and its text in the notes', async () => {
    const { page, slides } = await openDeck('deck-walkthrough-zh')
    expect(await page.locator('.slides .slide-body sup').allTextContents()).toEqual(['1'])
    expect(
      slides.some((slide) => slide.notes.includes('[1] 脚本来自官网，运行前可以先读一遍。')),
    ).toBe(true)
    await page.close()
  })

  it("shows the post's own captioned pictures and display math whole, and says a tall item's words in one piece", async () => {
    const { page, slides } = await openDeck('deck-essay-en')
    const texts = await slideTexts(page)
    const figure = texts.find((text) => text.includes('The best hundred samples'))
    expect(figure).toContain('Here are the samples the model liked best:')
    expect(await page.locator('.slides .imgcap img').count()).toBe(1)
    expect(await page.locator('.slides math[display="block"]').count()).toBe(1)
    expect(
      slides.some((slide) =>
        normalise(slide.notes).includes(
          'Run the training and follow this loop: Do not stop it halfway.',
        ),
      ),
    ).toBe(true)
    await page.close()
  })

  it("shows a verified sample's output once: the post's own output block only in the notes", async () => {
    const { page, slides } = await openDeck('seed')
    const found = (await page.evaluate(`(() => {
      const lines = (pre) => pre.textContent.split('\\n').map((line) => line.trim())
      const pres = [...document.querySelectorAll('.slides .slide-body pre')]
      return {
        outputs: document.querySelectorAll('.slides .sample-output').length,
        documented: pres.filter((pre) => !pre.closest('.sample-output') && lines(pre).includes('Fetching The URL')).length,
      }
    })()`)) as { outputs: number; documented: number }
    expect(found.outputs).toBeGreaterThan(0)
    expect(found.documented).toBe(0)
    expect(slides.some((slide) => slide.text.includes('运行结果：'))).toBe(false)
    await page.close()
  })

  it('shows the key sentences of a slide whose prose went to the notes', async () => {
    const { page } = await openDeck('deck-essay-en')
    const conclusion = (await slideTexts(page)).find((text) => text.includes('Conclusion'))
    expect(conclusion).toContain('Looking at the samples the network liked most told me more')
    await page.close()
  })
})

describe('the split fixtures', () => {
  /** Per slide: its heading, its code blocks and outputs in order, and its visible text. */
  async function slideParts(
    page: Page,
  ): Promise<{ heading: string; blocks: { output: boolean; text: string }[]; text: string }[]> {
    return (await page.evaluate(`Reveal.getSlides().map((slide) => {
      const body = slide.querySelector('.slide-body')
      return {
        heading: (body?.querySelector('h2, h3')?.textContent || '').trim(),
        blocks: [...(body?.querySelectorAll('pre') || [])].map((pre) => ({
          output: Boolean(pre.closest('.sample-output')),
          text: pre.textContent,
        })),
        text: (body?.textContent || '').replace(/\\s+/g, ' '),
      }
    })`)) as { heading: string; blocks: { output: boolean; text: string }[]; text: string }[]
  }

  it.each([
    ['deck-splits-en', "print(f\"{'total':8}", 'more lines of output on the page'],
    ['deck-splits-zh', 'print(f"合计：{合计} 个")', '行输出在原文里'],
  ])(
    "keeps a long sample's output under its code, its head and a note (%s)",
    async (name, last, note) => {
      const { page } = await openDeck(name)
      const slides = await slideParts(page)
      const withOutput = slides.filter((slide) => slide.blocks.some((block) => block.output))
      expect(withOutput).toHaveLength(1)
      const [slide] = withOutput
      expect(slide?.blocks.at(-1)?.output).toBe(true)
      expect(slide?.blocks.at(-2)?.text).toContain(last)
      expect(slide?.text).toContain(note)
      await page.close()
    },
  )

  it('keeps a numbered step ending in a colon on the slide of its code, and cuts a function at a fair place', async () => {
    const { page } = await openDeck('deck-splits-en')
    const slides = await slideParts(page)
    const step = slides.find((slide) => slide.text.includes('paste this into it:'))
    expect(step?.blocks[0]?.text).toContain('queue:')
    const loop = slides.filter((slide) => slide.heading.startsWith('The polling loop'))
    const first = loop[0]?.blocks[0]?.text.split('\n') ?? []
    expect(first.length).toBeGreaterThan(8)
    await page.close()
  })

  it('splits a table of tall rows into parts of at least three rows, the header repeated, and keeps one that fits whole', async () => {
    // Note: the Chinese table's columns take the width their text needs, so it fits one slide.
    for (const [name, count] of [
      ['deck-splits-en', 2],
      ['deck-splits-zh', 1],
    ] as const) {
      const { page } = await openDeck(name)
      const parts = (await page.evaluate(
        `[...document.querySelectorAll('.slides .slide-body table')].map((table) => [table.querySelectorAll('thead tr').length, table.querySelectorAll('tbody tr').length])`,
      )) as [number, number][]
      expect(parts.length).toBe(count)
      for (const [header, rows] of parts) {
        expect(header).toBe(1)
        expect(rows).toBeGreaterThanOrEqual(3)
      }
      await page.close()
    }
  })

  it("says in the post's language what a long section leaves to the page", async () => {
    const { page } = await openDeck('deck-splits-zh')
    expect(await page.locator('.slides .more-on-page').allTextContents()).toContain(
      '… 还有 4 张幻灯片的内容（8 块）在原文里',
    )
    await page.close()
  })
})

describe('the chain fixtures', () => {
  /** Per slide: its kicker, its code blocks and its visible text. */
  async function slideCode(
    page: Page,
  ): Promise<{ kicker: string; code: string[]; text: string }[]> {
    return (await page.evaluate(`Reveal.getSlides().map((slide) => {
      const body = slide.querySelector('.slide-body')
      return {
        kicker: (body?.querySelector('.kicker')?.textContent || '').trim(),
        code: [...(body?.querySelectorAll('pre') || [])].map((pre) => pre.textContent.trim()),
        text: (body?.textContent || '').replace(/\\s+/g, ' '),
      }
    })`)) as { kicker: string; code: string[]; text: string }[]
  }

  it.each([
    ['deck-chains-en', '3. The server in Go › 3.1 Accepting connections', 'The result:'],
    ['deck-chains-zh', '3. 用 Go 写服务端 › 3.1 接受连接', '结果如下：'],
  ])(
    'rides a chain of headings with no text above the section they open, cuts code only between top-level statements, and keeps a lead-in with its one-line output (%s)',
    async (name, kicker, leadIn) => {
      const { page } = await openDeck(name)
      const slides = await slideCode(page)
      expect(slides.map((slide) => slide.kicker)).toContain(kicker)
      // A loop of nested function literals is one part; no part starts with a closing bracket.
      const code = slides.flatMap((slide) => slide.code)
      const loop = code.filter((text) => text.includes('pool.ScheduleTimeout'))
      expect(loop).toHaveLength(1)
      expect(loop[0]).toMatch(/^for \{[\s\S]*\n\}$/)
      for (const part of code) expect(part.trimStart()).not.toMatch(/^[}\])]/)
      // No part of a program holds only a comment line or two (the output's one line aside).
      for (const part of code.filter((text) => !text.startsWith('[')))
        expect(part.split('\n').length).toBeGreaterThan(2)
      const output = slides.find((slide) => slide.text.includes("['A', 'C', 'F', 'B', 'E', 'D']"))
      expect(output?.text).toContain(leadIn)
      await page.close()
    },
  )
})

describe('the figure fixtures', () => {
  const figures = ['deck-figures-en', 'deck-figures-zh']

  /** Each slide holding `selector`, shown and fitted, as `measure` (page-side source) reads it. */
  async function onSlidesWith(page: Page, selector: string, measure: string): Promise<unknown[]> {
    return (await page.evaluate(`(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      Reveal.configure({ transition: 'none' })
      const results = []
      for (const slide of Reveal.getSlides()) {
        const found = slide.querySelector(${JSON.stringify(selector)})
        if (!found) continue
        const { h, v } = Reveal.getIndices(slide)
        Reveal.slide(h, v)
        for (const image of slide.querySelectorAll('img'))
          if (!image.complete) await new Promise((resolve) => { image.addEventListener('load', resolve, { once: true }) })
        await frame()
        const body = slide.querySelector('.slide-body')
        const box = document.querySelector('.reveal .slides').getBoundingClientRect()
        results.push((${measure})(found, body, box))
      }
      return results
    })()`)) as unknown[]
  }

  it.each(figures)(
    'fits a wide figure inside a link to the room under its heading, the heading whole at its size (%s)',
    async (name) => {
      const { page } = await openDeck(name)
      const shown = await onSlidesWith(
        page,
        '.slide-body a img',
        `(image, body, box) => {
          const heading = body.querySelector('h2').getBoundingClientRect()
          const picture = image.getBoundingClientRect()
          return {
            zoomed: body.style.zoom !== '',
            headingWhole: heading.left >= box.left && heading.right <= box.right,
            pictureInside: picture.left >= box.left - 1 && picture.right <= box.right + 1 && picture.bottom <= box.bottom - 39,
          }
        }`,
      )
      expect(shown).toHaveLength(3)
      for (const slide of shown)
        expect(slide).toEqual({ zoomed: false, headingWhole: true, pictureInside: true })
      await page.close()
    },
  )

  it.each(figures)(
    'reads the words right after a closing tag as a paragraph of their own (%s)',
    async (name) => {
      const { page } = await openDeck(name)
      const words = await page.locator('.slides .slide-body > p:has(> em)').allTextContents()
      expect(words.filter((text) => /step after step|一步又一步/.test(text))).toHaveLength(1)
      await page.close()
    },
  )

  it.each(figures)(
    'shrinks code shown whole alone, to 12 px at least, leaving the heading and its lead-in at their size (%s)',
    async (name) => {
      const { page } = await openDeck(name)
      const shown = (await onSlidesWith(
        page,
        '.whole-code',
        `(block, body) => ({
          bodyZoom: body.style.zoom,
          heading: getComputedStyle(body.querySelector('h2')).fontSize,
          leadIn: body.querySelector(':scope > p') !== null,
          code: parseFloat(getComputedStyle(block.querySelector('pre')).fontSize) * Number(block.style.zoom || 1),
        })`,
      )) as { bodyZoom: string; heading: string; leadIn: boolean; code: number }[]
      expect(shown).toHaveLength(1)
      expect(shown[0]).toMatchObject({ bodyZoom: '', heading: '44px', leadIn: true })
      expect(shown[0]?.code).toBeGreaterThanOrEqual(12)
      expect(shown[0]?.code).toBeLessThan(19)
      await page.close()
    },
  )

  it.each(figures)(
    'keeps a run of screenshot steps to four slides, linking the rest to the page (%s)',
    async (name) => {
      const { page } = await openDeck(name)
      const ids = (await page.evaluate(`Reveal.getSlides().map((slide) => slide.id)`)) as string[]
      const tunnel = ids.filter((id) => /^(reaching-the-tool|从另一个网络)/.test(id))
      expect(tunnel).toHaveLength(4)
      const last = page.locator(`[id="${tunnel.at(-1)}"] .more-on-page a`)
      expect(await last.getAttribute('href')).toMatch(/index\.html#/)
      await page.close()
    },
  )
})

describe('the HTML picture fixtures', () => {
  /** Each slide showing a picture, once its pictures have loaded and it is fitted. */
  async function pictureSlidesOf(name: string) {
    const { page } = await openDeck(name)
    const shown = (await page.evaluate(`(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      Reveal.configure({ transition: 'none' })
      const results = []
      for (const slide of Reveal.getSlides()) {
        if (!slide.querySelector('.slide-body img')) continue
        const { h, v } = Reveal.getIndices(slide)
        Reveal.slide(h, v)
        for (const image of slide.querySelectorAll('img'))
          if (!image.complete) await new Promise((resolve) => { image.addEventListener('load', resolve, { once: true }) })
        await frame()
        const body = slide.querySelector('.slide-body')
        const box = document.querySelector('.reveal .slides').getBoundingClientRect()
        const pictures = [...body.querySelectorAll('img')].map((image) => image.getBoundingClientRect())
        results.push({
          id: slide.id,
          zoomed: body.style.zoom !== '',
          inside: pictures.every((picture) => picture.height >= 100 && picture.top >= box.top && picture.bottom <= box.bottom - 39 && picture.left >= box.left && picture.right <= box.right),
          columns: new Set(pictures.map((picture) => Math.round(picture.left))).size,
          rows: new Set(pictures.map((picture) => Math.round(picture.top))).size,
          closed: body.querySelectorAll('details:not([open])').length,
        })
      }
      return results
    })()`)) as {
      id: string
      zoomed: boolean
      inside: boolean
      columns: number
      rows: number
      closed: number
    }[]
    await page.close()
    return shown
  }

  it.each(['deck-html-pictures-en', 'deck-html-pictures-zh'])(
    'fits each picture to the room under its heading, lays the figures of one container out as a grid, and opens <details> (%s)',
    async (name) => {
      const shown = await pictureSlidesOf(name)
      expect(shown).toHaveLength(6)
      // Nothing zoomed down (the headings keep their size), every picture whole above the footer band.
      for (const slide of shown)
        expect(slide).toMatchObject({ zoomed: false, inside: true, closed: 0 })
      // Twelve figures in a grid of four columns and three rows; two side by side.
      expect(shown[2]).toMatchObject({ columns: 4, rows: 3 })
      expect(shown[3]).toMatchObject({ columns: 2, rows: 1 })
    },
  )
})

describe('the component fixtures', () => {
  it.each([
    ['deck-components-en', ['drag + round', 'Swatches by', 'A colour well for picking']],
    ['deck-components-zh', ['拖动并取整', '色块来自', '一个用来挑选强调色的取色框']],
  ])(
    'shows no component source on the page, and leaves the words of components and template HTML to the notes (%s)',
    async (name, words) => {
      const page = await browser.newPage()
      await page.goto(url(name, 'index.html'))
      const article = (await page.locator('article').textContent()) ?? ''
      expect(article).not.toMatch(/<Swatch|#after=|:steps=/)
      expect(await page.locator('article blockquote').count()).toBe(0)
      await page.close()
      const { page: deck, slides } = await openDeck(name)
      for (const word of words) {
        expect(slides.filter((slide) => slide.text.includes(word))).toEqual([])
        expect(slides.some((slide) => slide.notes.includes(word))).toBe(true)
      }
      await deck.close()
    },
  )
})

describe('the notes fixtures', () => {
  it.each([
    ['deck-notes-en', 'Four hosted comment services, tried on a small blog'],
    ['deck-notes-zh', '在一个小博客上试了四个托管的评论服务'],
  ])(
    'keeps a short opening on the title slide in a post with footnotes (%s)',
    async (name, opening) => {
      const { page } = await openDeck(name)
      expect(await page.locator('.slides .title-slide .lead').textContent()).toContain(opening)
      await page.close()
    },
  )

  it.each([
    ['deck-notes-en', 'Cost: Thirty-day free trial;'],
    ['deck-notes-zh', '费用：三十天免费试用；'],
  ])(
    'shows a shortened item once, its bold label with the sentence after it, and says a footnote as written (%s)',
    async (name, cost) => {
      const { page } = await openDeck(name)
      const items =
        (await page.evaluate(`[...document.querySelectorAll('.slides section')].map((slide) =>
        [...slide.querySelectorAll('.slide-body li')].map((item) => item.textContent.replace(/\\s+/g, ' ').trim()))`)) as string[][]
      for (const slide of items) expect(slide).toEqual([...new Set(slide)])
      expect(items.flat().filter((item) => item.startsWith(cost))).toHaveLength(1)
      const footnote = (await page.evaluate(`[...document.querySelectorAll('aside.notes p')]
        .filter((note) => note.textContent.startsWith('[1]'))
        .map((note) => ({ breaks: note.querySelectorAll('br').length, text: note.textContent }))`)) as {
        breaks: number
        text: string
      }[]
      expect(footnote).toHaveLength(1)
      expect(footnote[0]?.breaks).toBe(3)
      expect(footnote[0]?.text).toContain('2023-10-29')
      expect(footnote[0]?.text).not.toContain('<span')
      await page.close()
    },
  )
})

describe('the screenshot fixtures', () => {
  /** Each picture slide: its text, and its image's shown and natural width and height. */
  async function pictureSlides(page: Page) {
    return (await page.evaluate(`[...document.querySelectorAll('.slides section.picture-slide')].map((slide) => {
      const { h, v } = Reveal.getIndices(slide)
      Reveal.slide(h, v)
      const image = slide.querySelector('.slide-body img')
      const box = image.getBoundingClientRect()
      return { text: slide.querySelector('.slide-body').textContent.replace(/\\s+/g, ' ').trim(), width: box.width, height: box.height, natural: image.naturalWidth }
    })`)) as { text: string; width: number; height: number; natural: number }[]
  }

  it('gives a screenshot too wide to read under a heading a slide of its own, its step above it', async () => {
    const { page } = await openDeck('deck-screenshots-en')
    const shown = await pictureSlides(page)
    expect(shown.map((slide) => slide.text)).toEqual([
      'Install the command-line tool (2/2) Run the installer and you will see the welcome screen:',
      'Sign in Open the dashboard in a browser, then click Sign in at the top right.',
      'Watch the build log Start a deployment from the terminal and keep it open:',
    ])
    // As large as the slide allows: its full width, or its height under the two lines.
    for (const slide of shown) expect(slide.width > 1150 || slide.height > 560).toBe(true)
    await page.close()
    const zh = await openDeck('deck-screenshots-zh')
    expect((await pictureSlides(zh.page)).map((slide) => slide.text)).toEqual([
      '登录控制台 打开云厂商的控制台，进入实例列表，找到刚买的服务器。',
      '安装面板 (2/2) 安装完成后，终端会打印面板的地址和初始密码，运行结果：',
      '打开面板 在浏览器里打开刚才的地址，输入初始密码：',
    ])
    await zh.page.close()
  })

  it('groups images into a grid only where each stays at half its size or more', async () => {
    const { page } = await openDeck('deck-screenshots-en')
    const grids =
      (await page.evaluate(`[...document.querySelectorAll('.slides .image-grid')].map((grid) =>
      [...grid.querySelectorAll('img')].map((image) => image.getAttribute('alt')))`)) as string[][]
    expect(grids).toEqual([['Round icon', 'Square icon', 'Flat icon']])
    const compared =
      (await page.evaluate(`[...document.querySelectorAll('.slides img[alt$="deployment"]')].map((image) => {
      const slide = image.closest('section')
      const { h, v } = Reveal.getIndices(slide)
      Reveal.slide(h, v)
      return [slide.id, image.getBoundingClientRect().width / image.naturalWidth]
    })`)) as [string, number][]
    expect(new Set(compared.map(([id]) => id)).size).toBe(3)
    for (const [, scale] of compared) expect(scale).toBeGreaterThanOrEqual(0.5)
    await page.close()
  })

  it('opens a slide image larger from the keyboard, at its natural size on +, and gives the focus back on Escape', async () => {
    // Note: opening the deck walks through its slides; come back to the one with the screenshot.
    const { page } = await openDeck('deck-screenshots-zh')
    await page.evaluate(`location.hash = '#/${encodeURIComponent('安装面板-2')}'`)
    await page.waitForFunction(`Reveal.getCurrentSlide().id === '安装面板-2'`)
    // Tab from the slide's heading, as after a click on the slide, reaches its image.
    await page.locator('section.present .slide-body > :first-child').click()
    const image = page.locator('section.present .slide-body img')
    await page.keyboard.press('Tab')
    expect(await image.evaluate((node) => node === document.activeElement)).toBe(true)
    expect(await image.getAttribute('aria-label')).toBe('放大图片: 安装完成后的面板地址')
    await page.keyboard.press('Enter')
    const viewer = page.locator('dialog.image-viewer[open] img')
    await expect.poll(() => viewer.count()).toBe(1)
    await page.keyboard.press('+')
    await expect
      .poll(() => viewer.evaluate((node) => node.getBoundingClientRect().width))
      .toBe(2048)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')
    // Note: the dialog's `close` event, which removes it, comes in a task after the key.
    await expect.poll(() => page.locator('dialog.image-viewer').count()).toBe(0)
    expect(await page.evaluate(`Reveal.getCurrentSlide().id`)).toBe('安装面板-2')
    expect(await image.evaluate((node) => node === document.activeElement)).toBe(true)
    await page.close()
  })

  it('keeps a raster image inlined as a data URL, and a Hugo figure shortcode as a captioned image', async () => {
    const { page } = await openDeck('deck-screenshots-zh')
    expect(await page.locator('.slides img[src^="data:image/png;base64,"]').count()).toBe(1)
    expect(await page.locator('.slides img[alt="Hugo 短代码写的图：浅色主题"]').count()).toBe(1)
    await page.goto(url('deck-screenshots-zh', 'index.html'))
    expect(await page.locator('.post-body img[src^="data:image/png;base64,"]').count()).toBe(1)
    expect(await page.locator('.post-body figure figcaption').allTextContents()).toEqual([
      'Hugo 短代码写的图：浅色主题',
    ])
    await page.close()
  })
})

describe('links between the page and the deck', () => {
  it('opens the deck at the slide of a section, and links each slide back to its section', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(url('seed', 'index.html'))
    await page.locator('h4#事件循环 .present-link').click()
    await page.waitForFunction(() =>
      (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(),
    )
    expect(await page.evaluate(`Reveal.getCurrentSlide().id`)).toBe('事件循环')
    const back = await page.evaluate(
      `Reveal.getCurrentSlide().querySelector('.page-link').getAttribute('href')`,
    )
    expect(back).toBe(`../index.html#${encodeURIComponent('事件循环')}`)
    await page.goto(new URL(String(back), page.url()).href)
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#事件循环')
    expect(await page.locator('h4#事件循环').count()).toBe(1)
    await page.close()
  })

  it('opens the speaker view offline, with the notes of the slide', async () => {
    const { page } = await openDeck('deck-long')
    await page.evaluate(`location.hash = '#/prose'`)
    await page.waitForFunction(`Reveal.getCurrentSlide().id === 'prose'`)
    const requests: string[] = []
    page.context().on('request', (request) => requests.push(request.url()))
    const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
    await speakerView.waitForLoadState('load')
    // Note: the speaker view fills its notes after it loads; a busy machine takes seconds.
    await expect
      .poll(() => speakerView.locator('.speaker-controls-notes').textContent(), { timeout: 15_000 })
      .toContain('speaker can tell the story')
    expect(requests.filter((request) => !request.startsWith('file://'))).toEqual([])
    await page.close()
  })

  it('shows the cover image on the title slide', async () => {
    const { page } = await openDeck('deck-long')
    expect(
      await page
        .locator('.title-slide .cover img')
        .evaluate((image: HTMLImageElement) => image.naturalHeight),
    ).toBe(1400)
    await page.close()
  })

  it('moves prose into speaker notes', async () => {
    const { page, slides } = await openDeck('deck-long')
    expect(slides.some((slide) => slide.notes.includes('speaker can tell the story'))).toBe(true)
    expect(slides.every((slide) => !slide.text.includes('speaker can tell the story'))).toBe(true)
    await page.close()
  })
})

/** The text of each slide's body (notes aside), title slide excluded. */
async function bodies(page: Page): Promise<string[]> {
  return (await page.evaluate(
    `[...document.querySelectorAll('.slides section:not(.title-slide) > .slide-body')].map((body) => body.textContent.replace(/\\s+/g, ' ').trim())`,
  )) as string[]
}

describe('posts written as slides', () => {
  it.each([
    ['deck-talk-en', 11, 'How we upgrade', 'Each step is a script', 'Ask first'],
    ['deck-talk-zh', 11, '我們怎麼升級', '每個步驟都應該是腳本', '先問大家'],
  ])(
    'keeps each `---` part of %s as one slide, its headings on it, its notes in the notes',
    async (name, parts, steps, takeAway, note) => {
      const { page } = await openDeck(name)
      const shown = await bodies(page)
      expect(shown).toHaveLength(parts)
      expect(await page.locator('.slides section.authored-slide').count()).toBe(parts)
      expect(shown.filter((text) => /\(\d+\/\d+\)/.test(text))).toEqual([])
      expect(shown.find((text) => text.startsWith(steps))).toContain(takeAway)
      expect(shown.filter((text) => text.includes('{{'))).toEqual([])
      expect(shown.filter((text) => text.includes(note))).toEqual([])
      expect(await page.locator('.slides aside.notes', { hasText: note }).count()).toBe(1)
      await page.close()
    },
  )

  it('speaks Traditional Chinese on a post written in Traditional characters', async () => {
    const { page } = await openDeck('deck-talk-zh')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW')
    expect(await page.locator('.title-slide .page-link').textContent()).toBe('閱讀全文')
    await page.close()
  })
})

describe('posts from Jekyll, Hexo and Hugo', () => {
  it("reads Jekyll's highlight tag as code, drops kramdown's attribute lists and TOC marker, and titles a long opening", async () => {
    const { page } = await openDeck('deck-engines-en')
    const shown = await bodies(page)
    expect(shown.filter((text) => /\{%|\{:|\{\{/.test(text))).toEqual([])
    expect(shown.filter((text) => /\bTOC\b/.test(text))).toEqual([])
    expect(
      await page.locator('.slides pre', { hasText: 'def pull(rate):' }).count(),
    ).toBeGreaterThan(0)
    expect(shown[0]).toMatch(/^Choosing between slot machines/)
    await page.close()
  })

  it('shortens a long list item at a clause boundary, its math kept', async () => {
    const { page } = await openDeck('deck-engines-en')
    const item = page.locator('.slides .slide-body li', { hasText: 'is a set of actions' })
    expect(await item.locator('.katex').count()).toBe(1)
    expect((await item.textContent())?.trim()).toMatch(/pulls one arm of one machine…$/)
    await page.close()
  })

  it("shows Hexo's asset image and a one-section tutorial's code to its last block", async () => {
    const { page } = await openDeck('deck-engines-zh')
    const shown = await bodies(page)
    expect(shown.filter((text) => /\{%|\{\{/.test(text))).toEqual([])
    expect(await page.locator('.slides .slide-body img[alt="方块和方块实体的关系"]').count()).toBe(
      1,
    )
    expect(await page.locator('.slides .more-on-page').count()).toBe(0)
    expect(
      await page
        .locator('.slides .slide-body pre', { hasText: 'BLOCK_ENTITIES.register(modEventBus)' })
        .count(),
    ).toBe(1)
    await page.close()
  })
})

describe('posts holding HTML and Liquid', () => {
  it.each([
    [
      'deck-html-en',
      'Profile of the simple version',
      'Read in big chunks',
      'Counting words in five languages',
    ],
    ['deck-html-zh', '简单版本的性能剖析', '按大块读取', '用五种语言统计词频'],
  ])(
    'prints Liquid page variables, hides style sheets, shows a linked Markdown picture and cuts an HTML essay into slides (%s)',
    async (name, alt, heading, title) => {
      const { page } = await openDeck(name)
      const shown = (await page.evaluate(
        `[...document.querySelectorAll('.slides section:not(.title-slide) > .slide-body')].map((body) => { const words = body.cloneNode(true); for (const code of words.querySelectorAll('pre, code')) code.remove(); return words.textContent.replace(/\\s+/g, ' ').trim() })`,
      )) as string[]
      // Liquid: `page.title` is the post's title, other variables are gone; code keeps them as written.
      expect(
        shown.filter((text) => /\{\{|\}\}|padding-right|border-collapse|!\[/.test(text)),
      ).toEqual([])
      expect(shown.join(' ')).toContain(title)
      expect(
        await page.locator('.slides pre', { hasText: '{{ page.title }}' }).count(),
      ).toBeGreaterThan(0)
      // The picture written in Markdown inside `<a>` is a picture linking to its full size.
      const picture = page.locator(`.slides a[href$="img/profile-full.png"] img[alt="${alt}"]`)
      expect(await picture.count()).toBe(1)
      // The essay is paragraphs, its bold lines shown and its long paragraphs in the notes, not one shrunk block.
      expect(await page.locator('.slides .slide-body strong', { hasText: heading }).count()).toBe(1)
      expect(await page.locator('.slides .slide-body .answer').count()).toBe(0)
      await page.close()
    },
  )

  it('ends a quotation box with its words', async () => {
    const { page } = await openDeck('deck-html-en')
    const gaps = (await page.evaluate(
      `[...document.querySelectorAll('.slides .slide-body blockquote')].map((quote) => quote.getBoundingClientRect().bottom - quote.lastElementChild.getBoundingClientRect().bottom)`,
    )) as number[]
    expect(gaps.length).toBeGreaterThan(0)
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(13)
    await page.close()
  })
})
