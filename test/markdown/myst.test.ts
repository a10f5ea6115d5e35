import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'
import { formatMessages } from '../../src/messages.js'

/** A PNG of one pixel. */
const onePixel =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='

/** The page body and the deck of a post written as `body`, and its messages as `line: reason`. */
async function render(body: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-myst-'))
  const file = path.join(folder, 'post.md')
  await writeFile(file, `---\ntitle: Post\npublished: 2025-01-01\n---\n${body}\n`)
  await mkdir(path.join(folder, 'pics'))
  await writeFile(path.join(folder, 'pics', 'flow.png'), Buffer.from(onePixel, 'base64'))
  const result = await renderSite({ paths: [file], verify: false })
  const text = (name: string) => {
    const output = result.outputs.find((entry) => entry.path === name)
    return output && 'contents' in output ? String(output.contents) : ''
  }
  const html = text('posts/post/index.html')
  const start = html.indexOf('<div class="post-body"')
  return {
    html: html.slice(start, html.indexOf('</article>', start)),
    deck: text('posts/post/slides/index.html'),
    messages: formatMessages(result.files, folder),
  }
}

const cases = [
  {
    lang: 'en',
    post: [
      '## Boxes',
      ':::{note}',
      'Back up the **database** first.',
      ':::',
      '',
      '```{warning}',
      'The server restarts.',
      '```',
      '',
      ':::{admonition} Before you start',
      'Install the tools.',
      ':::',
      '',
      '```{figure} pics/flow.png',
      ':name: fig-flow',
      ':width: 80%',
      '',
      'The flow of a request.',
      '```',
      '',
      'As {numref}`fig-flow` shows, see {ref}`the setup <setup>` and {cite}`Strogatz2019`; $E$ is {math}`mc^2`.',
      '',
      '```{code-cell} ipython3',
      ':tags: [hide-output]',
      'print("hello")',
      '```',
      '',
      '```{bibliography}',
      '```',
    ],
    words: ['Back up the', 'The server restarts.', 'Before you start', 'Install the tools.'],
    caption: 'The flow of a request.',
    roles: 'As fig-flow shows, see the setup and [Strogatz2019];',
  },
  {
    lang: 'zh',
    post: [
      '## 提示框',
      ':::{note}',
      '先备份**数据库**。',
      ':::',
      '',
      '```{warning}',
      '服务器会重启。',
      '```',
      '',
      ':::{admonition} 开始之前',
      '先安装工具。',
      ':::',
      '',
      '```{figure} pics/flow.png',
      ':name: fig-flow',
      '',
      '一次请求的流程。',
      '```',
      '',
      '如 {numref}`fig-flow` 所示，参见 {ref}`安装 <setup>` 与 {cite}`Strogatz2019`；其中 {math}`mc^2` 是能量。',
      '',
      '```{code-cell} ipython3',
      'print("你好")',
      '```',
      '',
      '```{bibliography}',
      '```',
    ],
    words: ['先备份', '服务器会重启。', '开始之前', '先安装工具。'],
    caption: '一次请求的流程。',
    roles: '如 fig-flow 所示，参见 安装 与 [Strogatz2019]；',
  },
]

describe.each(cases)('MyST directives and roles ($lang)', ({ post, words, caption, roles }) => {
  it('reads them as Sphinx renders them, on the page and the deck, with nothing raw', async () => {
    const { html, deck, messages } = await render(post.join('\n'))
    for (const shown of [html, deck]) {
      expect(shown).not.toMatch(
        /\{(note|warning|admonition|figure|code-cell|bibliography|numref|ref|cite|math)\}/,
      )
      expect(shown).not.toContain(':::')
      expect(shown).not.toContain(':name:')
      for (const word of words) expect(shown).toContain(word)
      expect(shown.match(/class="callout callout-(note|warning)"/g)).toHaveLength(3)
      expect(shown).toContain('<strong>')
      expect(shown).toMatch(/<img[^>]*src="[^"]*flow\.png"/)
      expect(shown).toContain(roles)
      expect(shown).toContain('<span class="katex">')
      expect(shown).toContain('print')
    }
    expect(html).toContain(caption)
    expect(messages).toEqual([])
  })
})

describe('an unknown MyST directive', () => {
  it('shows its content and names it in a warning', async () => {
    const { html, messages } = await render('```{sidebar}\nA remark **aside**.\n```')
    expect(html).toContain('A remark <strong>aside</strong>.')
    expect(html).not.toContain('{sidebar}')
    expect(messages.join('\n')).toContain('MyST directive `{sidebar}` is not supported')
  })
})

describe('a knitr or Quarto cell, ```{r}', () => {
  it('is code in its language, not a directive', async () => {
    const { html, messages } = await render(
      '```{r}\n#| echo: false\nx <- c(1, 2)\n```\n\n```{python}\nprint(1)\n```',
    )
    expect(html).toContain('x')
    expect(html).toContain('&#x3C;-')
    expect(html).toContain('#| echo: false')
    expect(html.match(/<pre/g)).toHaveLength(2)
    expect(messages).toEqual([])
  })
})

describe('a MyST equation label, `$$ (eq:euler)`', () => {
  it.each([
    ['en', 'Euler wrote', 'The identity follows.'],
    ['zh', '欧拉写道', '恒等式由此可得。'],
  ])('closes the display math, which shows the formula (%s)', async (_lang, before, after) => {
    const { html } = await render(
      `${before} {eq}\`eq:euler\`:\n\n$$\ne^{i\\theta} = \\cos\\theta + i\\sin\\theta\n$$ (eq:euler)\n\n${after}`,
    )
    expect(html.match(/<span class="katex-display">/g)).toHaveLength(1)
    expect(html).not.toContain('katex-error')
    expect(html).not.toContain('(eq:euler)</')
    expect(html).toContain(`<p>${after}</p>`)
    expect(html).toContain('(eq:euler)')
  })
})
