import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatMessages } from '../src/cli/format-message.js'
import { renderSite } from '../src/index.js'

const fixturesFolder = path.join(import.meta.dirname, 'fixtures')
const cases = readdirSync(fixturesFolder, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(path.join(fixturesFolder, entry.name, 'input.md')),
  )
  .map((entry) => entry.name)

// Each folder of test/fixtures/ is a case: `input.md` is built as a post, and
// its messages, page and deck are compared with the files beside it.
describe.each(cases)('fixture %s', (name) => {
  const folder = path.join(fixturesFolder, name)

  it('reports the expected messages and renders the expected page and deck', async () => {
    const result = await renderSite({ paths: [path.join(folder, 'input.md')] })
    expect('frontMatterWasEvaluated' in globalThis, 'front matter code never runs').toBe(false)
    const messages = formatMessages(result.files, folder).join('\n')
    await expect(messages ? `${messages}\n` : '').toMatchFileSnapshot(
      path.join(folder, 'messages.txt'),
    )

    const page = result.outputs.find((output) => output.path === 'posts/input/index.html')
    const deck = result.outputs.find((output) => output.path === 'posts/input/slides/index.html')
    if (!result.ok) {
      expect(page).toBeUndefined()
      return
    }
    expect(page && 'contents' in page).toBe(true)
    expect(deck && 'contents' in deck).toBe(true)
    if (page && 'contents' in page)
      await expect(page.contents).toMatchFileSnapshot(path.join(folder, 'page.html'))
    if (deck && 'contents' in deck)
      await expect(deck.contents).toMatchFileSnapshot(path.join(folder, 'deck.html'))
  })
})
