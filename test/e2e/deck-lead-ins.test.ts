import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { measureDeck, pageLeadIns } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')
const cases = [
  'deck-subsection-leadins-en',
  'deck-subsection-leadins-zh',
  'deck-code-outputs-en',
  'deck-code-outputs-zh',
]
const decks = fixtureDecks(cases, { folder: fixtures, verify: false })

interface ShownSlide {
  heading: string
  /** The slide's blocks in order: `code`, `p: <text>`, `list`… */
  blocks: string[]
  notes: string
}

async function openDeck(name: string): Promise<{ page: Page; leadIns: string[] }> {
  const page = await decks.newPage()
  await page.goto(decks.url(name, 'index.html'))
  const leadIns = await pageLeadIns(page)
  await decks.showDeck(page, name)
  return { page, leadIns }
}

async function shownSlides(page: Page): Promise<ShownSlide[]> {
  return (await page.evaluate(`Reveal.getSlides().map((slide) => {
    const body = slide.querySelector('.slide-body')
    const blocks = [...(body ? body.children : [])].filter((element) => !/^H[1-6]$/.test(element.tagName))
    return {
      heading: ((body && body.querySelector('h1, h2, h3')) || { textContent: '' }).textContent.replace(/\\s+/g, ' ').trim(),
      blocks: blocks.map((element) => element.tagName === 'PRE' || element.querySelector(':scope > pre')
        ? 'code: ' + element.textContent.trim().split('\\n')[0]
        : element.tagName === 'P' ? 'p: ' + element.textContent.replace(/\\s+/g, ' ').trim() : element.tagName.toLowerCase()),
      notes: ((slide.querySelector('aside.notes') || { textContent: '' }).textContent || '').replace(/\\s+/g, ' '),
    }
  })`)) as ShownSlide[]
}

describe.each(cases)('the deck of fixture %s', (name) => {
  it('cuts no lead-in from its block, leaves no part of one or two lines and no output apart from its code', async () => {
    const { page, leadIns } = await openDeck(name)
    const { overflowing, blank, headingOnly, cutLeadIns, outputsApart, tinyParts } =
      await measureDeck(page, leadIns)
    expect({ overflowing, blank, headingOnly, cutLeadIns, outputsApart, tinyParts }).toEqual({
      overflowing: [],
      blank: [],
      headingOnly: [],
      cutLeadIns: [],
      outputsApart: [],
      tinyParts: [],
    })
    await page.close()
  })
})

describe('a lead-in ending a section above its subsections', () => {
  it.each([
    [
      'deck-subsection-leadins-en',
      'Once both are ready, there are two ways to put the cache in front of the site:',
      'Through the dashboard',
      'A few of them matter more than the others:',
      'Cache-Control',
    ],
    [
      'deck-subsection-leadins-zh',
      '两样都准备好之后，有两种方法把缓存放到网站前面：',
      '通过控制台',
      '其中有几个比其他的更重要：',
      'Cache-Control',
    ],
  ])(
    'is said on the slide of the subsection it introduces when they do not fit one slide, never left at the foot (%s)',
    async (name, first, firstSubsection, second, secondSubsection) => {
      const { page } = await openDeck(name)
      const slides = await shownSlides(page)
      for (const [leadIn, subsection] of [
        [first, firstSubsection],
        [second, secondSubsection],
      ] as const) {
        expect(slides.filter((slide) => slide.blocks.at(-1)?.endsWith(leadIn))).toEqual([])
        const target = slides.find((slide) => slide.heading.startsWith(subsection))
        expect(target?.notes).toContain(leadIn)
      }
      await page.close()
    },
  )
})

describe('code above a short lead-in and its output', () => {
  it.each([
    ['deck-code-outputs-en', 'Output:', 'rhyme: 13 words', 'everything = Counter()'],
    ['deck-code-outputs-zh', '运行结果：', 'rhyme: 13 words', 'everything = Counter()'],
  ])(
    'stays on one slide with them, its last part when it is cut between top-level statements (%s)',
    async (name, leadIn, output, lastPart) => {
      const { page } = await openDeck(name)
      const slides = await shownSlides(page)
      // Every output keeps its lead-in and code above it on its slide.
      const outputs = slides.filter((slide) => slide.blocks.includes(`p: ${leadIn}`))
      expect(outputs.length).toBeGreaterThan(1)
      for (const slide of outputs) {
        const at = slide.blocks.indexOf(`p: ${leadIn}`)
        expect(slide.blocks[at - 1], slide.heading).toMatch(/^code: /)
        expect(slide.blocks[at + 1], slide.heading).toMatch(/^code: /)
      }
      // The long program: cut, its last part with the lead-in and the output; no slide titled by the lead-in.
      const last = slides.find((slide) =>
        slide.blocks.some((block) => block.startsWith(`code: ${output}`)),
      )
      expect(last?.blocks.slice(0, 2)).toEqual([`code: ${lastPart}`, `p: ${leadIn}`])
      expect(last?.blocks).toHaveLength(3)
      expect(slides.map((slide) => slide.heading)).not.toContain(leadIn.replace(/[:：]$/u, ''))
      await page.close()
    },
  )
})
