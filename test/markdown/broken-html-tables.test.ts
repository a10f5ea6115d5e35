import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'

/** The page body of a post written as `body`. */
async function page(body: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-broken-tables-'))
  const file = path.join(folder, 'post.md')
  await writeFile(file, `---\ntitle: Post\npublished: 2025-01-01\n---\n${body}\n`)
  const result = await renderSite({ paths: [file], verify: false })
  const output = result.outputs.find((entry) => entry.path === 'posts/post/index.html')
  const html = output && 'contents' in output ? String(output.contents) : ''
  const start = html.indexOf('<div class="post-body"')
  return html.slice(start, html.indexOf('</article>', start))
}

const cells = (words: string[]) =>
  words.map((word) => `    <td>\n      ${word}\n    </td>`).join('\n    \n')

describe('an HTML table that blank lines break', () => {
  it('is one table, as kramdown and a browser read it, not code blocks of its tags', async () => {
    const html = await page(
      `Output:\n\n<table border="1">\n  <tr>\n${cells(['Alien', 'Heat'])}\n  </tr>\n  \n  <tr>\n${cells(['6', '11'])}\n  </tr>\n</table>\n\nAfter.`,
    )
    expect(html.match(/<table/g)).toHaveLength(1)
    expect(html).not.toContain('<pre')
    expect(html).toMatch(/<td>\s*Heat\s*<\/td>/)
    expect(html).toMatch(/<td>\s*11\s*<\/td>/)
    expect(html).toContain('<p>After.</p>')
  })

  it('is one table when its cells are written on a line each, words and bold inside', async () => {
    const html = await page(
      `<table>\n  <tr>\n    <td>Alien</td>\n\n    <td><b>6</b></td>\n  </tr>\n</table>`,
    )
    expect(html.match(/<table/g)).toHaveLength(1)
    expect(html).not.toContain('<pre')
    expect(html).toContain('<td><b>6</b></td>')
  })

  it('stays as CommonMark reads it when the table is never closed, or holds other Markdown', async () => {
    const open = await page(`<table>\n  <tr>\n    <td>a</td>\n\n    <td>b</td>\n\nText.`)
    expect(open).toContain('<pre')
    const fenced = await page(
      `<table>\n  <tr>\n    <td>a</td>\n\n\`\`\`sh\nls\n\`\`\`\n\n  </tr>\n</table>`,
    )
    expect(fenced).toContain('language-sh')
  })
})
