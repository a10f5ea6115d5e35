import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { fixtureDecks } from './fixture-decks.js'
import { inspectDeck } from './inspect-deck.js'

/** Text drawings (box-drawing boxes and arrows) in fences tagged as programs, as real posts write them. */
const cases = [
  {
    name: 'deck-drawings-en',
    path: 'The request path',
    pathEnds: ['request', 'send with gzip'],
    grid: 'The bucket grid',
    parentIntro: 'The table keeps every slot in one grid, drawn below:',
    program: 'The lookup',
    enlarge: 'Enlarge image',
  },
  {
    name: 'deck-drawings-zh',
    path: '请求的路径',
    pathEnds: ['请求', '用 gzip 发送'],
    grid: '桶的网格',
    parentIntro: '哈希表把所有槽位放在一个网格里，如下图：',
    program: '查找',
    enlarge: '放大图片',
  },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

async function openDeck(name: string): Promise<Page> {
  const page = await decks.newPage()
  await decks.showDeck(page, name)
  return page
}

interface SlideCode {
  id: string
  headings: string[]
  text: string
  notes: string
  headingSize: number
  code: string[]
  drawings: number
}

/** Each slide's heading, the text of its code blocks, and how many of them are shown as drawings. */
function slideCode(page: Page): Promise<SlideCode[]> {
  return page.evaluate(`Reveal.getSlides().map((slide) => ({
    id: slide.id,
    headings: [...slide.querySelectorAll('.slide-body > :is(h1, h2, h3)')].map((heading) => heading.textContent.trim()),
    text: slide.querySelector('.slide-body')?.textContent ?? '',
    notes: slide.querySelector('aside.notes')?.textContent ?? '',
    headingSize: (() => {
      Reveal.slide(Reveal.getIndices(slide).h, Reveal.getIndices(slide).v)
      const sizes = [...slide.querySelectorAll('.slide-body > :is(h1, h2, h3)')].map((heading) => {
        let zoom = 1
        for (let at = heading; at && at !== slide; at = at.parentElement) zoom *= Number(getComputedStyle(at).zoom) || 1
        return parseFloat(getComputedStyle(heading).fontSize) * zoom
      })
      return sizes.length ? Math.min(...sizes) : 0
    })(),
    code: [...slide.querySelectorAll('.slide-body pre')].map((pre) => pre.textContent),
    drawings: slide.querySelectorAll('.slide-body .whole:not(.whole-code) pre').length,
  }))`) as Promise<SlideCode[]>
}

describe.each(cases)('a text drawing in a program fence ($name)', (fixture) => {
  it('is shown whole on one slide, never cut, and fits it', async () => {
    const page = await openDeck(fixture.name)
    const slides = await slideCode(page)
    for (const heading of [fixture.path, fixture.grid]) {
      const own = slides.filter((slide) => slide.headings.some((text) => text.startsWith(heading)))
      expect(own.length).toBe(1)
      expect(own[0]?.headings).toContain(heading)
      expect(own[0]?.drawings).toBe(1)
    }
    const path =
      slides.find((slide) => slide.headings.includes(fixture.path))?.code.join('\n') ?? ''
    for (const end of fixture.pathEnds) expect(path).toContain(end)
    const gridSlide = slides.find((slide) => slide.headings.includes(fixture.grid))
    // The parent section's line introducing it goes with it (said from the notes), not alone on a
    // slide before it; the headings keep their size.
    expect(`${gridSlide?.text} ${gridSlide?.notes}`).toContain(fixture.parentIntro)
    expect(slides.filter((slide) => slide.text.includes(fixture.parentIntro))).toEqual(
      gridSlide?.text.includes(fixture.parentIntro) ? [gridSlide] : [],
    )
    expect(gridSlide?.headingSize).toBeGreaterThanOrEqual(36)
    const grid = gridSlide?.code.join('\n') ?? ''
    expect(grid).toContain('┌──────┬')
    expect(grid).toContain('359')
    expect(grid).toContain('──────┘')
    // The program whose comment holds an arrow stays a program.
    expect(slides.find((slide) => slide.headings.includes(fixture.program))?.drawings).toBe(0)
    const inspected = await inspectDeck(page)
    expect(inspected.filter((slide) => slide.outside.length > 0).map((s) => s.outside)).toEqual([])
    await page.close()
  })

  it('opens at its natural size in the viewer, like an image', async () => {
    const page = await openDeck(fixture.name)
    const slides = await slideCode(page)
    const id = slides.find((slide) => slide.headings.includes(fixture.grid))?.id ?? ''
    await page.evaluate(`location.hash = '#/${encodeURIComponent(id)}'`)
    await page.waitForFunction(`Reveal.getCurrentSlide().id === ${JSON.stringify(id)}`)
    const drawing = page.locator('section.present .slide-body .whole:not(.whole-code)')
    expect(await drawing.getAttribute('aria-label')).toBe(fixture.enlarge)
    // On the slide it is shrunk well below the page's code size.
    const zoom = await drawing.evaluate((node) => {
      let total = 1
      for (let at: Element | null = node; at && at.tagName !== 'SECTION'; at = at.parentElement)
        total *= Number(getComputedStyle(at).zoom) || 1
      return total
    })
    expect(zoom).toBeLessThan(0.8)
    await drawing.click()
    const viewer = page.locator('dialog.image-viewer[open] .viewer-drawing pre')
    await expect.poll(() => viewer.count()).toBe(1)
    expect(await viewer.textContent()).toContain('359')
    expect(await viewer.evaluate((node) => getComputedStyle(node).fontSize)).toBe('16px')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('dialog.image-viewer').count()).toBe(0)
    await page.close()
  })
})
