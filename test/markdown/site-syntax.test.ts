import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'
import { formatMessages } from '../../src/messages.js'

/** The page body of a post written as `body`, and its messages as `line: reason`. */
async function page(body: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-site-syntax-'))
  const file = path.join(folder, 'post.md')
  await writeFile(file, `---\ntitle: Post\npublished: 2025-01-01\n---\n${body}\n`)
  const result = await renderSite({ paths: [file], verify: false })
  const output = result.outputs.find((entry) => entry.path === 'posts/post/index.html')
  const html = output && 'contents' in output ? String(output.contents) : ''
  const start = html.indexOf('<div class="post-body"')
  return {
    html: html.slice(start, html.indexOf('</article>', start)),
    messages: formatMessages(result.files, folder),
  }
}

describe('single dollars under pandoc’s rule', () => {
  it('reads prices and shell variables as text, on the page', async () => {
    const { html } = await page(
      'Then $10/domain/month or $99/domain/year.\n\nSet $HOME and $PATH, pay $5 or $ 6.\n\n二十元是 $20，三十元是 $30。',
    )
    expect(html).not.toContain('katex')
    expect(html).toContain('Then $10/domain/month or $99/domain/year.')
    expect(html).toContain('Set $HOME and $PATH, pay $5 or $ 6.')
    expect(html).toContain('二十元是 $20，三十元是 $30。')
  })

  it('keeps $x$ and inline $$…$$ as math, and a closing dollar before a digit as text', async () => {
    const { html } = await page(
      'Let $x^2$ be 设 $y$，and $$\\sum_i i$$ here.\n\nNot math: $a $b and $c$2.\n\nCode: `$x$`.',
    )
    expect(html.match(/<span class="katex">/g)).toHaveLength(3)
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>')
    expect(html).toContain('Not math: $a $b and $c$2.')
    expect(html).toContain('<code>$x$</code>')
  })
})

describe('display math between `$$` lines, as remark-math reads it', () => {
  it('renders a closed block as display math, and a closed block with a word of meta', async () => {
    const { html } = await page('Before.\n\n$$\nx^2 + y^2\n$$\n\n$$asciimath\nz\n$$\n\nAfter.')
    expect(html.match(/<span class="katex-display">/g)).toHaveLength(2)
    expect(html).toContain('<annotation encoding="application/x-tex">x^2 + y^2</annotation>')
    expect(html).toContain('<p>After.</p>')
  })

  it('keeps a line of prose starting with `$$` as text, and the fences after it', async () => {
    const { html } = await page(
      '常见的只读变量：\n\n$?：上一个命令的返回值\n$$：当前 shell 进程的 pid\n$!：后台进程的 pid\n\n```bash\necho $$\n```\n\n$$\na + b\n$$',
    )
    expect(html).toContain('$$：当前 shell 进程的 pid')
    expect(html).toContain('<code class="language-bash">')
    expect(html.match(/<span class="katex-display">/g)).toHaveLength(1)
  })

  it('keeps an unclosed `$$` block as text, not running to the end of the post', async () => {
    const { html } = await page('$$\nnever closed\n\n## Next\n\n- item')
    expect(html).not.toContain('katex')
    expect(html).toContain('never closed')
    expect(html).toMatch(/<h2[^>]*>.*Next/)
    expect(html).toContain('<li>item</li>')
  })

  it('ends a block at `$$` closing a line of its math, as pandoc does, not at the next `$$` line', async () => {
    const { html } = await page(
      'Using r:\n\n$$\n[(1 - 3) * (1 - 4)] \\\\\n= [6, -9]$$\n\nNow a new row.\n\n$$\ny = 1\n$$\n\n代入之后：\n\n$$\na + b \\\\\n= 3$$  \n\n接着往下算。',
    )
    expect(html).not.toContain('katex-error')
    expect(html.match(/<span class="katex-display">/g)).toHaveLength(3)
    expect(html).toContain('<p>Now a new row.</p>')
    expect(html).toContain('<p>接着往下算。</p>')
  })

  it('reads `$$ a +` / `b $$` in a paragraph as math in text, not an opening fence with meta', async () => {
    const { html } = await page('$$ a +\nb $$\n\nAfter.')
    expect(html.match(/<span class="katex/g)?.length).toBeGreaterThan(0)
    expect(html).toContain('<p>After.</p>')
  })
})

describe('Hugo shortcodes', () => {
  it('shows a video shortcode as a link to the video, alone as a card', async () => {
    const { html, messages } = await page(
      '{{< youtube dQw4w9WgXcQ >}}\n\nAlso on {{< bilibili BV1GJ411x7h7 >}} here.',
    )
    expect(html).toContain(
      '<p class="embed-card"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">',
    )
    expect(html).toContain('Also on <a href="https://www.bilibili.com/video/BV1GJ411x7h7">')
    expect(html).not.toContain('{{')
    expect(messages.join('\n')).toContain('post.md:5:1: warning Hugo shortcode `youtube`')
  })

  it('leaves out other shortcodes with a warning at their line, keeping what a pair encloses', async () => {
    const { html, messages } = await page(
      'Intro.\n\n{{% disclaimer %}}\n\n{{% notice tip %}}\nKeep **this**.\n{{% /notice %}}\n\n{{< box >}}\n\nInside.\n\n{{< /box >}}',
    )
    expect(html).not.toContain('{{')
    expect(html).toContain('<p>Keep <strong>this</strong>.</p>')
    expect(html).toContain('<p>Inside.</p>')
    expect(html.match(/<p>/g)).toHaveLength(3)
    const text = messages.join('\n')
    expect(text).toContain('post.md:7:1: warning Hugo shortcode `disclaimer` is not rendered')
    expect(text).toContain('post.md:9:1: warning Hugo shortcode `notice` is not rendered')
    expect(text).toContain('post.md:13:1: warning Hugo shortcode `box` is not rendered')
  })

  it('keeps a figure shortcode alone in a paragraph as its image', async () => {
    const { html, messages } = await page(
      '{{< figure src="https://example.com/a.png" caption="A cat" >}}',
    )
    expect(html).toContain('<figcaption>A cat</figcaption>')
    expect(messages.join('\n')).not.toContain('Hugo shortcode')
  })

  it('reads a shortcode written with no space after `{{<`, which CommonMark takes for an HTML tag', async () => {
    const { html, messages } = await page(
      'Intro.\n\n{{<notice type="danger">}}\n\n**Warning**: I regret this choice.\n\n{{</notice>}}\n\n{{<youtube q_Mi5LrnIiU>}}\n\n{{<gallery caption="两张照片">}}\n{{<img src="https://example.com/a.png" alt="A">}}\n{{<img src="https://example.com/b.png" alt="B">}}\n{{</gallery>}}',
    )
    expect(html).not.toContain('{{')
    expect(html).not.toContain('}}')
    expect(html).not.toContain('<notice')
    expect(html).toContain('<strong>Warning</strong>: I regret this choice.')
    expect(html).toContain('https://www.youtube.com/watch?v=q_Mi5LrnIiU')
    expect(html).toContain('src="https://example.com/a.png"')
    expect(html).toContain('src="https://example.com/b.png"')
    const text = messages.join('\n')
    expect(text).toContain('post.md:7:1: warning Hugo shortcode `notice` is not rendered')
    expect(text).toContain('post.md:15:1: warning Hugo shortcode `gallery` is not rendered')
  })

  it('never reads code, and shows a shortcode quoted the Hugo way as written', async () => {
    const { html, messages } = await page(
      'Write `{{< youtube id >}}` or {{</* figure src="a.png" */>}}.\n\n```\n{{< youtube id >}}\n{{%/* note */%}}\n```',
    )
    expect(html).toContain('<code>{{&#x3C; youtube id >}}</code>')
    expect(html).toContain('or {{&#x3C; figure src="a.png" >}}.')
    expect(html).toContain('<span>{{&#x3C; youtube id >}}</span></span>')
    expect(html).toContain('<span>{{% note %}}</span></span></code></pre>')
    expect(messages).toEqual([])
  })
})

describe('other generators’ directives', () => {
  it('leaves out table-of-contents markers and attribute lists, outside code', async () => {
    const { html } = await page(
      '[[toc]]\n\nWords.\n{.box}\n\n{#intro .wide}\n\n## Title {#custom}\n\n| a |\n|---|\n| 1 |\n{.ulysses}\n\n`[[toc]]` and `{.box}`',
    )
    expect(html).not.toContain('[[toc]]</p>')
    expect(html).not.toMatch(/<p>\{|<td>\{|\{#custom\}/)
    expect(html).toContain('<p>Words.</p>')
    expect(html).toContain('>Title<a')
    expect(html.match(/<tr>/g)).toHaveLength(2)
    expect(html).toContain('<code>[[toc]]</code> and <code>{.box}</code>')
  })

  it('shows a {@name} mention as @name, with a warning', async () => {
    const { html, messages } = await page('Thanks {@octocat} and {@hubot}.')
    expect(html).toContain('<p>Thanks @octocat and @hubot.</p>')
    expect(messages).toHaveLength(2)
    expect(messages[0]).toContain('post.md:5:1: warning Site mention `{@octocat}`')
  })
})

describe('VuePress and VitePress containers', () => {
  it('shows `::: tip`, `:::warning Title` and `::: danger` … `:::` as callout boxes', async () => {
    const { html } = await page(
      '::: tip\n\n**Never rebase** commits others have pulled.\n\n:::\n\n:::warning 依赖更新\n升级到 3.3 时，也请更新：\n\n- vue-tsc@^1.6.4\n- vite@^4.3.5\n  :::\n\n::: danger\nDo not run this as root.\n:::\n\nAfter.',
    )
    expect(html).not.toContain(':::')
    expect(html).toContain('<div class="callout callout-tip">')
    expect(html).toContain(
      '<div class="callout callout-warning">\n<p class="callout-title">依赖更新</p>\n<p>升级到 3.3 时，也请更新：</p>',
    )
    expect(html).toContain('<li>vite@^4.3.5</li>')
    expect(html).toContain('<div class="callout callout-caution">')
    expect(html).toContain('<p>Do not run this as root.</p>')
    expect(html).toContain('<p>After.</p>')
  })

  it('leaves an unclosed `::: tip` and `::: details` as written', async () => {
    const { html } = await page('::: details Click\nHidden.\n:::\n\n::: tip\nNo end.')
    expect(html).toContain('::: details Click')
    expect(html).toContain('::: tip')
    expect(html).not.toContain('callout')
  })
})

describe('Jekyll links to other posts', () => {
  it('shows the text of `[text]({% link … %})` and `{% post_url … %}`, as for Hugo’s `ref`', async () => {
    const { html } = await page(
      [
        '- [Episode 00]({%link docs/rust/errors_00.md%})',
        '- [Episode 01]({% link docs/rust/errors_01.md %}) and [the setup]({% post_url 2020-01-01-setup %}#install)',
        '',
        '上一篇见[第一部分]({%- link _posts/2019-05-01-第一部分.md -%})。',
      ].join('\n'),
    )
    expect(html).toContain('<li>Episode 00</li>')
    expect(html).toContain('<li>Episode 01 and the setup</li>')
    expect(html).toContain('<p>上一篇见第一部分。</p>')
    expect(html).not.toContain('{%')
  })
})

describe('MDX comments', () => {
  it('shows nothing of `{/* … */}`, alone or in a line, and keeps it in code', async () => {
    const { html } = await page(
      [
        'Today we release version 0.71.',
        '',
        '{/* truncate */}',
        '',
        '今天发布新版本 {/* 这里以后补链接 */}，欢迎试用。',
        '',
        '{/*',
        'A note for the editors,',
        'over two lines.',
        '*/}',
        '',
        '```jsx',
        '{/* a comment in JSX */}',
        '```',
      ].join('\n'),
    )
    expect(html).not.toContain('truncate')
    expect(html).not.toContain('editors')
    expect(html).toContain('<p>今天发布新版本 ，欢迎试用。</p>')
    expect(html).toContain('a comment in JSX')
    expect(html.match(/<p>/g)).toHaveLength(2)
  })
})

describe('TeX written for MathJax', () => {
  it('shows a bare `_` in `\\text{}` as MathJax does, not as a KaTeX error', async () => {
    const { html } = await page(
      [
        '$$\\text{exam_score} = w_1 \\cdot \\text{study_hours}$$',
        '',
        '成绩 $\\text{final_score}_i$ 由 $\\mathrm{a_b}$ 与 $\\text{已转义\\_的}$ 决定。',
      ].join('\n'),
    )
    expect(html).not.toContain('katex-error')
    expect(html).toContain('exam_score')
    expect(html).toContain('final_score')
    expect(html.match(/<span class="katex">/g)).toHaveLength(4)
  })
})
