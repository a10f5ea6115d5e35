import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'
import type { OutputFile } from '../../src/write/output-file.js'

/** A content folder with the given posts, `slug → Markdown`. */
async function contentWith(posts: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-lists-'))
  await mkdir(path.join(folder, 'posts'), { recursive: true })
  for (const [slug, text] of Object.entries(posts)) {
    await writeFile(path.join(folder, 'posts', `${slug}.md`), text)
  }
  return folder
}

function post(title: string, published: string, lang: string, body: string): string {
  return `---\ntitle: ${title}\npublished: ${published}\nlang: ${lang}\ntags: [python]\ncategory: notes\n---\n\n${body}\n`
}

const chinese = post('异步编程', '2026-03-01', 'zh-CN', '一段中文。')
const japanese = post('非同期処理', '2026-03-02', 'ja', 'これは日本語です。')
const english = post('Async', '2026-03-03', 'en', 'Some text.')

function html(outputs: readonly OutputFile[], file: string): string {
  const output = outputs.find((candidate) => candidate.path === file)
  if (!output || !('contents' in output)) throw new Error(`no ${file}`)
  return String(output.contents)
}

describe('the lists of posts', () => {
  it("write dates and headings in the site's language", async () => {
    const content = await contentWith({ chinese, japanese })
    const result = await renderSite({ paths: [content], verify: false, site: { lang: 'zh-CN' } })
    const home = html(result.outputs, 'index.html')
    expect(home).toContain('<html lang="zh-CN">')
    expect(home).toContain('<time datetime="2026-03-01">2026年3月1日</time>')
    // The Japanese post's date is the list's word: Chinese, and marked so.
    expect(home).toContain('<time datetime="2026-03-02" lang="zh-CN">2026年3月2日</time>')
    const tag = html(result.outputs, 'tags/python/index.html')
    expect(tag).toContain('<h1>标签：python</h1>')
    expect(tag).toContain('2026年3月1日')
    expect(html(result.outputs, 'categories/notes/index.html')).toContain('<h1>分类：notes</h1>')
  })

  it('are in the language most of their posts are in, else in English', async () => {
    const japaneseOnly = await renderSite({
      paths: [await contentWith({ japanese })],
      verify: false,
    })
    expect(html(japaneseOnly.outputs, 'index.html')).toContain('2026年3月2日</time>')
    expect(html(japaneseOnly.outputs, 'tags/python/index.html')).toContain('<h1>タグ：python</h1>')

    const mixed = await renderSite({
      paths: [await contentWith({ english, chinese })],
      verify: false,
    })
    const home = html(mixed.outputs, 'index.html')
    expect(home).toContain('<time datetime="2026-03-03">March 3, 2026</time>')
    expect(home).toContain('<time datetime="2026-03-01" lang="en">March 1, 2026</time>')
    expect(html(mixed.outputs, 'tags/python/index.html')).toContain('<h1>Tag: python</h1>')

    const mostlyChinese = await renderSite({
      paths: [await contentWith({ english, chinese, second: chinese.replace('03-01', '03-07') })],
      verify: false,
    })
    const list = html(mostlyChinese.outputs, 'index.html')
    expect(list).toContain('<html lang="zh-CN">')
    expect(list).toContain('<time datetime="2026-03-03" lang="zh-CN">2026年3月3日</time>')
  })
})

describe("a site's optional assets", () => {
  const paths = (outputs: readonly OutputFile[]) => outputs.map((output) => output.path)

  it('leave out KaTeX and Mermaid when no post has math or a diagram', async () => {
    const result = await renderSite({ paths: [await contentWith({ english })], verify: false })
    expect(paths(result.outputs).filter((file) => /katex|mermaid/.test(file))).toEqual([])
    expect(html(result.outputs, 'posts/english/index.html')).not.toMatch(/katex|mermaid/)
    expect(html(result.outputs, 'posts/english/slides/index.html')).not.toMatch(/katex|mermaid/)
  })

  it('copy each one when some post needs it, and only its pages load it', async () => {
    const math = post('Math', '2026-03-04', 'en', 'Euler: $e^{i\\pi} + 1 = 0$.')
    const diagram = post('图', '2026-03-05', 'zh-CN', '```mermaid\ngraph LR\n  A --> B\n```')
    const result = await renderSite({
      paths: [await contentWith({ english, math, diagram })],
      verify: false,
    })
    const files = paths(result.outputs)
    expect(files).toContain('assets/katex/katex.min.css')
    expect(files.some((file) => file.startsWith('assets/katex/fonts/'))).toBe(true)
    expect(files).toContain('assets/mermaid/mermaid.min.js')
    expect(files).toContain('assets/mermaid-start.js')
    expect(html(result.outputs, 'posts/math/index.html')).toContain('katex.min.css')
    expect(html(result.outputs, 'posts/math/index.html')).not.toContain('mermaid')
    expect(html(result.outputs, 'posts/diagram/slides/index.html')).toContain('mermaid.min.js')
    expect(html(result.outputs, 'posts/english/index.html')).not.toMatch(/katex|mermaid/)

    const mathOnly = await renderSite({ paths: [await contentWith({ math })], verify: false })
    expect(paths(mathOnly.outputs).filter((file) => file.includes('mermaid'))).toEqual([])
  })
})

describe("a post's language, when neither it nor the site names one", () => {
  it('is guessed from its prose, not from its code', async () => {
    const code = Array.from({ length: 30 }, (_, index) => `const value${index} = load(url)`)
    const tutorial = `---\ntitle: 代理设置\npublished: 2026-03-06\n---\n\n先装好依赖，再改配置文件。\n\n\`\`\`js\n${code.join('\n')}\n\`\`\`\n\n改完重启 \`nginx -s reload\` 即可。\n`
    const result = await renderSite({ paths: [await contentWith({ tutorial })], verify: false })
    const page = html(result.outputs, 'posts/tutorial/index.html')
    expect(page).toContain('<html lang="zh">')
    expect(page).toContain('2026年3月6日')
  })
})
