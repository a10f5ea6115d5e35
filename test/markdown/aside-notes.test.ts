import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'

/** The page body of a post written as `body`. */
async function page(body: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-aside-notes-'))
  const file = path.join(folder, 'post.md')
  await writeFile(file, `---\ntitle: Post\npublished: 2025-01-01\n---\n${body}\n`)
  const result = await renderSite({ paths: [file], verify: false })
  const output = result.outputs.find((entry) => entry.path === 'posts/post/index.html')
  const html = output && 'contents' in output ? String(output.contents) : ''
  const start = html.indexOf('<div class="post-body"')
  return html.slice(start, html.indexOf('</article>', start))
}

describe('an author’s side note written as a block', () => {
  it('is read as Markdown: its class kept, its emphasis and footnote references shown as such', async () => {
    const html = await page(
      'Text.\n\n<aside class="warn">\nNever lend the **key**.[^1] 钥匙不外借[^note]。\n</aside>\n\n[^1]: The policy.\n[^note]: 保单。',
    )
    expect(html).toMatch(/<aside class="warn">\s*<p>Never lend the <strong>key<\/strong>\.<sup>/)
    expect(html).not.toContain('[^')
    expect(html.match(/data-footnote-ref/g)).toHaveLength(2)
  })

  it('keeps block HTML inside it, and a reference to no definition, as written', async () => {
    const html = await page(
      '<aside>\n<div>Boxed.</div>\n</aside>\n\n<aside>\nSee [^missing].\n</aside>',
    )
    expect(html).toContain('<div>Boxed.</div>')
    expect(html).toContain('See [^missing].')
  })
})
