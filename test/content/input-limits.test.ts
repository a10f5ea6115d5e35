import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkInputLimits } from '../../src/content/input-limits.js'
import { renderSite } from '../../src/index.js'
import { formatMessages } from '../../src/messages.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-input-'))
  await mkdir(path.join(folder, 'posts'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Build one post of `text` and return its messages and page. */
async function buildPost(text: string) {
  await writeFile(path.join(folder, 'posts', 'post.md'), text)
  const started = performance.now()
  const result = await renderSite({ paths: [folder], verify: false })
  const page = result.outputs.find((output) => output.path === 'posts/post/index.html')
  return {
    ok: result.ok,
    messages: formatMessages(result.files, folder),
    // Note: the light colours of highlighted code vary between highlighters made in one
    // process (a fault outside this test), so colours, and the spans they split code into,
    // are left out of the comparison.
    page:
      page && 'contents' in page
        ? String(page.contents).replaceAll(/ style="[^"]*"|<\/?span[^>]*>/g, '')
        : undefined,
    ms: performance.now() - started,
  }
}

const head = '---\ntitle: 深い\npublished: 2026-02-07\n---\n\n'

describe('input that cannot crash a build', () => {
  it('refuses a blockquote 1,500 deep with its file and line', async () => {
    const result = await buildPost(`${head}${'>'.repeat(1500)} deep\n`)
    expect(result.ok).toBe(false)
    expect(result.messages).toEqual([
      'posts/post.md:6:1: error Quotes and lists are nested 1500 levels deep here, more than 50 (input-limit)',
    ])
  })

  it('refuses a list 800 deep at the line passing the limit', async () => {
    const list = Array.from({ length: 800 }, (_, depth) => `${'  '.repeat(depth)}- item`)
    const result = await buildPost(`${head}${list.join('\n')}\n`)
    expect(result.messages).toEqual([
      'posts/post.md:56:1: error Quotes and lists are nested 51 levels deep here, more than 50 (input-limit)',
    ])
  })

  it('still reads ordinary nesting', async () => {
    const list = Array.from({ length: 8 }, (_, depth) => `${'  '.repeat(depth)}- 第${depth}层`)
    const result = await buildPost(`${head}> > quoted\n\n${list.join('\n')}\n`)
    expect(result.ok).toBe(true)
    expect(result.page).toContain('第7层')
  })

  it('refuses `[a](` 40,000 times at once instead of parsing for seconds', async () => {
    const result = await buildPost(`${head}${'[a]('.repeat(40_000)}\n`)
    expect(result.messages).toEqual([
      'posts/post.md:6:1: error This block has more than 2000 `[`: split it with blank lines (input-limit)',
    ])
  })

  it.each([
    ['link closers with no openers', 'a]'.repeat(40_000), ']'],
    ['unclosed autolinks', '<http://a'.repeat(50_000), '<'],
    ['unclosed HTML comments', 'a <!-- '.repeat(20_000), '<'],
    ['unclosed declarations', 'a <!A '.repeat(20_000), '<'],
    ['unclosed math', '$a '.repeat(40_000), '$'],
  ])('refuses %s in one paragraph, which parse in quadratic time', async (_, body, character) => {
    const result = await buildPost(`${head}${body}\n`)
    expect(result.messages).toEqual([
      `posts/post.md:6:1: error This block has more than 2000 \`${character}\`: split it with blank lines (input-limit)`,
    ])
  })

  it('still reads an HTML table of complete tags and a long table of links', () => {
    const cells = Array.from(
      { length: 800 },
      (_, index) => `<tr><td>第${index}</td><td>$${index}</td></tr>`,
    )
    const rows = Array.from({ length: 1500 }, (_, index) => `| [${index}](/p/${index}) | [x](/y) |`)
    const text = `${head}<table>\n${cells.join('\n')}\n</table>\n\n| a | b |\n| - | - |\n${rows.join('\n')}\n`
    expect(checkInputLimits(text)).toBeUndefined()
  })

  it('refuses emphasis nested 50,000 deep, which would parse for minutes', async () => {
    const result = await buildPost(
      `${head}Intro\n\n${'*_'.repeat(50_000)}x${'_*'.repeat(50_000)}\n`,
    )
    expect(result.messages).toEqual([
      'posts/post.md:8:1: error This paragraph has more than 2000 runs of `*` or `_`: split it with blank lines (input-limit)',
    ])
  })

  it('still reads long lists and tables with emphasis, and snake_case words', () => {
    const items = Array.from({ length: 600 }, (_, index) => `- *第${index}项* and _more_`)
    const rows = Array.from({ length: 600 }, (_, index) => `| **${index}** | _x_ |`)
    const words = 'snake_case_name '.repeat(1500)
    const text = `${head}${items.join('\n')}\n\n| a | b |\n| - | - |\n${rows.join('\n')}\n\n${words}\n`
    expect(checkInputLimits(text)).toBeUndefined()
  })

  it('refuses HTML nested 10,000 deep, on one line or many, instead of overflowing the stack', async () => {
    const oneLine = await buildPost(`${head}${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}\n`)
    expect(oneLine.messages).toEqual([
      'posts/post.md:6:1: error HTML elements are nested more than 500 deep here (input-limit)',
    ])
    const lines = Array.from({ length: 3000 }, (_, index) => `<Slide${index} title="{x}">`)
    const many = await buildPost(`${head}${lines.join('\n\n')}\n`)
    expect(many.messages).toEqual([
      'posts/post.md:1006:1: error HTML elements are nested more than 500 deep here (input-limit)',
    ])
  })

  it('still reads HTML that closes, void elements and tags in code', () => {
    const blocks = Array.from(
      { length: 600 },
      (_, index) => `<details><summary>第${index}</summary>\n\n<img src="a.png"><br>\n\n</details>`,
    )
    const text = `${head}${blocks.join('\n\n')}\n\n${'`<div>` '.repeat(600)}\n`
    expect(checkInputLimits(text)).toBeUndefined()
  })

  it('refuses a table of 10,000 columns at its line', async () => {
    const result = await buildPost(`${head}|${'a|'.repeat(10_000)}\n|${'-|'.repeat(10_000)}\n`)
    expect(result.messages).toEqual([
      'posts/post.md:6:1: error This line has more than 200 `|`: a table has at most 200 columns (input-limit)',
    ])
  })

  it('refuses a YAML alias bomb with a typed error', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (const name of 'bcdefgh') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const result = await buildPost(
      `---\ntitle: Bomb\npublished: 2026-02-07\n${levels.join('\n')}\n---\n\nx\n`,
    )
    expect(result.messages).toEqual([
      'posts/post.md:1:1: error Front matter uses too many YAML aliases (`*name`): write the values out (input-limit)',
    ])
  })

  it('refuses 250,000 front-matter keys quickly', async () => {
    const keys = Array.from({ length: 250_000 }, (_, index) => `k${index}: ${index}`)
    const result = await buildPost(
      `---\ntitle: Keys\npublished: 2026-02-07\n${keys.join('\n')}\n---\n\nx\n`,
    )
    expect(result.messages).toEqual([
      'posts/post.md:1:1: error Front matter is too long: 250002 lines, at most 1000 (input-limit)',
    ])
  })

  it('points at an unclosed `[` or `"` on its own line', async () => {
    const bracket = await buildPost('---\ntitle: [unclosed\npublished: 2026-02-07\n---\n\nx\n')
    expect(bracket.messages[0]).toMatch(
      /^posts\/post\.md:2:8: error Front matter is not valid YAML/,
    )
    const quote = await buildPost('---\ntitle: "unclosed\npublished: 2026-02-07\n---\n\nx\n')
    expect(quote.messages[0]).toMatch(/^posts\/post\.md:2:8: error Front matter is not valid YAML/)
  })
})

describe('Windows line endings and byte order marks', () => {
  // fuwari's new-post template, saved by a Windows editor.
  const template = [
    '---',
    'title: 新文章',
    'published: 2026-02-07',
    "description: ''",
    "image: ''",
    'tags: [Python, 笔记]',
    "category: ''",
    'draft: false ',
    "lang: ''",
    '---',
    '',
    '正文第一段。',
    '',
    '```python',
    'print("hi")',
    '```',
    '',
  ].join('\n')

  it('reads a CRLF post exactly as the same post with LF', async () => {
    const lf = await buildPost(template)
    const crlf = await buildPost(template.replaceAll('\n', '\r\n'))
    expect(lf.ok).toBe(true)
    expect(crlf.messages).toEqual(lf.messages)
    expect(crlf.page).toBe(lf.page)
  })

  it('reads a CRLF post whose front matter ends with `draft: false` or a quoted value', async () => {
    for (const last of ['draft: false', 'description: "引号"', 'tags: [a, b]']) {
      const crlf = await buildPost(
        `---\r\ntitle: T\r\npublished: 2026-02-07\r\n${last}\r\n---\r\n\r\nx\r\n`,
      )
      expect(crlf.messages, last).toEqual([])
    }
  })

  it('reads a post with a byte order mark as one without', async () => {
    const plain = await buildPost(template)
    const marked = await buildPost(`\uFEFF${template.replaceAll('\n', '\r\n')}`)
    expect(marked.messages).toEqual(plain.messages)
    expect(marked.page).toBe(plain.page)
  })
})
