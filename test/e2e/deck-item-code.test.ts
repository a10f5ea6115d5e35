import { describe, expect, it } from 'vitest'
import { fixtureDecks } from './fixture-decks.js'
import { inspectDeck } from './inspect-deck.js'

/** A list item whose long first paragraph is followed by a lead-in, a command with its output, and more paragraphs. */
const cases = [
  {
    name: 'deck-item-code-en',
    key: "Every commit made so far went to the branch 'topic'",
    leadIn: "To bring those commits into 'main', run the merge from 'main':",
    words: 'git only moves the pointer',
  },
  {
    name: 'deck-item-code-zh',
    key: '到目前为止的每一次提交都落在 topic 分支上',
    leadIn: '要把这些提交带进 main，在 main 上执行合并：',
    words: 'git 只是把 main 的指针向前移',
  },
]
const decks = fixtureDecks(
  cases.map(({ name }) => name),
  { verify: false },
)

describe.each(cases)('the deck of $name', ({ name, key, leadIn, words }) => {
  it('keeps a long item’s command on the slide, its words in the notes', async () => {
    const page = await decks.newPage()
    await decks.showDeck(page, name)
    const slides = await inspectDeck(page)
    const slide = slides.find((s) => s.text.includes(key))
    expect(slide, 'the key sentence is on a slide').toBeDefined()
    // The command and its output are shown, after the line that introduces them.
    expect(slide?.text).toContain('$ git merge topic')
    expect(slide?.text).toContain('1 file changed, 2 insertions(+)')
    expect(slide?.text).toContain(leadIn)
    expect(slide?.text.indexOf(leadIn)).toBeLessThan(slide?.text.indexOf('$ git merge topic') ?? -1)
    // The item's long words are said, not shown.
    expect(slide?.text).not.toContain(words)
    expect(slide?.notes).toContain(words)
    expect(slides.filter((s) => s.outside.length > 0).map((s) => s.outside)).toEqual([])
    await page.close()
  })
})
