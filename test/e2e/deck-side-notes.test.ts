import { describe, expect, it } from 'vitest'
import { coverage, measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** Long side notes and callouts, footnote references in a side note and in a list item. */
const cases = [
  {
    name: 'deck-side-notes-en',
    key: 'This note is for club secretaries who book the room.',
    rest: 'can change the shared calendar',
    calloutKey: 'The room is cleaned by whoever used it last that day.',
    calloutRest: 'before the budget meeting',
  },
  {
    name: 'deck-side-notes-zh',
    key: '这篇说明写给负责预订房间的俱乐部秘书。',
    rest: '也能在群里发通知',
    calloutKey: '房间由当天最后一个使用的人打扫。',
    calloutRest: '在预算会议之前检查',
  },
]
const decks = fixtureDecks(cases.map(({ name }) => name))

/** Each slide's shown words and its notes' words. */
const slideTexts = `[...document.querySelectorAll('.reveal .slides section')].map((slide) => {
  const shown = slide.cloneNode(true)
  for (const notes of shown.querySelectorAll('aside.notes')) notes.remove()
  const notes = slide.querySelector('aside.notes')
  return { shown: shown.textContent, notes: notes ? notes.textContent : '', sups: shown.querySelectorAll('sup').length }
})`

describe.each(cases)('the deck of $name', ({ name, key, rest, calloutKey, calloutRest }) => {
  it('shows the key sentence of a long side note or callout, the rest in the notes, and footnote references as numbers', async () => {
    const page = await decks.newPage()
    await page.goto(decks.url(name, 'index.html'))
    const pageText = (await page.evaluate(
      'document.querySelector("article").textContent',
    )) as string
    expect(pageText).not.toMatch(/\[\^/)
    const { blocks } = await decks.readPageThenShowDeck(page, name)
    const slides = (await page.evaluate(slideTexts)) as {
      shown: string
      notes: string
      sups: number
    }[]
    for (const slide of slides) expect(slide.shown).not.toMatch(/\[\^/)
    const note = slides.find((slide) => slide.shown.includes(key))
    expect(note?.shown).not.toContain(rest)
    expect(note?.notes).toContain(rest)
    const callout = slides.find((slide) => slide.shown.includes(calloutKey))
    expect(callout?.shown).not.toContain(calloutRest)
    expect(callout?.notes).toContain(calloutRest)
    // Both references of the keys' slide, the list item's and the side note's, are numbers; their notes said.
    const keys = slides.find((slide) => slide.sups === 2)
    expect(keys?.notes).toMatch(/\[1\][\s\S]*\[2\]/)
    const measures = await measureDeck(page, [])
    expect(measures.headingOnly).toEqual([])
    expect(measures.blank).toEqual([])
    expect(measures.overflowing).toEqual([])
    expect(coverage(blocks, measures.text).ratio).toBeGreaterThanOrEqual(0.99)
    await page.close()
  })
})
