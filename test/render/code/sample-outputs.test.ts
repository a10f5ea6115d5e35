import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { renderSite } from '../../../src/index.js'

it('marks verified samples on the page and reveals their real output in the deck', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-marks-'))
  const post = path.join(folder, 'post.md')
  await writeFile(
    post,
    [
      '---\ntitle: Marks\npublished: 2026-02-07\n---\n',
      '```bash\necho "hello <world>"\n# output:\n# hello <world>\n```\n',
      '```python\ndef only_parsed():\n    pass\n```\n',
    ].join('\n'),
  )
  const result = await renderSite({ paths: [post] })
  expect(result.ok).toBe(true)
  const html = (name: string) => {
    const output = result.outputs.find((file) => file.path === name)
    return output && 'contents' in output ? String(output.contents) : ''
  }
  const page = html('posts/post/index.html')
  // The real output is highlighted as plain text, like any other output block.
  expect(page).toMatch(
    /<details class="sample-output"><summary>✓ Verified: the real output matches<\/summary><pre class="shiki[^"]*"[^>]*><code class="language-text"><span class="line"><span>hello &#x3C;world><\/span><\/span><\/code><\/pre><\/details>/,
  )
  expect(page.match(/class="sample-output"/g)).toHaveLength(1)
  expect(html('posts/post/slides/index.html')).toMatch(
    /<div class="sample-output fragment"><pre class="shiki[^>]*><code class="language-text"><span class="line"><span>hello &#x3C;world><\/span>/,
  )
})
