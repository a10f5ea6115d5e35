import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prettyReport } from '../src/cli/reporters/pretty.js'
import { renderSite, verify } from '../src/index.js'
import { formatMessages } from '../src/messages.js'

const fixturesFolder = path.join(import.meta.dirname, 'fixtures')
const cases = readdirSync(fixturesFolder, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(path.join(fixturesFolder, entry.name, 'input.md')),
  )
  .map((entry) => entry.name)

// Each folder of test/fixtures/ is a case: `input.md` is built as a post, and
// its messages, page and deck, and the verification report of its code
// samples (when it has any) are compared with the files beside it; that report is
// skipped where a Python package named in the folder's `needs.txt` is missing.
describe.each(cases)('fixture %s', (name) => {
  const folder = path.join(fixturesFolder, name)
  const input = path.join(folder, 'input.md')

  it('reports the expected messages and renders the expected page and deck', async () => {
    const result = await renderSite({ paths: [input], verify: false })
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
    if (!page || !('contents' in page) || !deck || !('contents' in deck)) {
      throw new Error('the page and the deck were not rendered')
    }
    await expect(page.contents).toMatchFileSnapshot(path.join(folder, 'page.html'))
    await expect(deck.contents).toMatchFileSnapshot(path.join(folder, 'deck.html'))
  })

  it('verifies its code samples as expected', async ({ skip }) => {
    // A case whose report depends on a Python package (IPython's display) names it in `needs.txt`.
    const needs = path.join(folder, 'needs.txt')
    for (const module of existsSync(needs) ? readFileSync(needs, 'utf8').split(/\s+/) : []) {
      if (module && spawnSync('python3', ['-c', `import ${module}`]).status !== 0)
        skip(`needs the Python package ${module}`)
    }
    const { samples } = await verify({ paths: [input] })
    if (samples.length === 0) skip('no code samples')
    const report = prettyReport(samples, { cwd: folder, explain: true, timings: false })
    await expect(report).toMatchFileSnapshot(path.join(folder, 'report.txt'))
  })
})
