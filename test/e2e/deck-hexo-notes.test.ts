import { describe, expect, it } from 'vitest'
import { fixtureDecks } from './fixture-decks.js'
import { inspectDeck } from './inspect-deck.js'

/** Hexo NexT's `{% note %}` boxes: in a paragraph of their own, apart from their words, inside list items. */
const cases = [
  {
    name: 'deck-hexo-notes-en',
    heading: 'Pairs to remember',
    words: [
      'Leave the files in it alone',
      'say what the commit changes',
      'a snapshot you can come back to',
    ],
  },
  {
    name: 'deck-hexo-notes-zh',
    heading: '要记住的搭配',
    words: ['不要手动改动里面的文件', '写清楚这次提交改了什么', '一个可以回到的快照'],
  },
]
const decks = fixtureDecks(
  cases.map(({ name }) => name),
  { verify: false },
)

describe.each(cases)('$name', ({ name, words, heading }) => {
  it('shows each note as a callout box on the page, its tags gone', async () => {
    const page = await decks.newPage()
    await page.goto(decks.url(name, 'index.html'))
    const boxes = (await page.evaluate(
      `[...document.querySelectorAll('.post-body .callout')].map((box) => box.textContent)`,
    )) as string[]
    expect(boxes).toHaveLength(3)
    // A note around a heading is no box: the heading stays a section of the post.
    expect(await page.locator('.post-body h2', { hasText: heading }).count()).toBe(1)
    for (const [index, text] of words.entries()) expect(boxes[index]).toContain(text)
    expect(await page.evaluate(`document.querySelector('.post-body').textContent`)).not.toContain(
      '{%',
    )
    await page.close()
  })

  it('shows the notes’ words on the slides, never the tags', async () => {
    const page = await decks.newPage()
    await decks.showDeck(page, name)
    const slides = await inspectDeck(page)
    const shown = slides.map((slide) => slide.text).join('\n')
    for (const text of words) expect(shown).toContain(text)
    expect(slides.map((slide) => slide.text + slide.notes).join('\n')).not.toContain('{%')
    expect(await page.locator('.slides .callout').count()).toBe(3)
    expect(
      await page.locator('.slides section > .slide-body > h2', { hasText: heading }).count(),
    ).toBe(1)
    await page.close()
  })
})
