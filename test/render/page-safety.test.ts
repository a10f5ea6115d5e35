import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'

async function site(markdown: string, siteOptions: Parameters<typeof renderSite>[0] = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-safety-'))
  await writeFile(path.join(folder, 'post.md'), markdown)
  const result = await renderSite({
    paths: [path.join(folder, 'post.md')],
    verify: false,
    ...siteOptions,
  })
  expect(result.ok).toBe(true)
  return (name: string) => {
    const output = result.outputs.find((file) => file.path === name)
    return output && 'contents' in output ? String(output.contents) : ''
  }
}

const hostile = `---
title: "</title><script>alert('title')</script>\\" onload=\\"x"
published: 2026-02-07
description: "</script><script>alert('description')</script>"
tags: ["<img src=x onerror=alert(1)>"]
category: "\\"><svg onload=alert(1)>"
---

Body with <script>alert('body')</script> raw HTML, <img src="x" onerror="alert(1)">, and [a link](javascript:alert(1)).

<a href="javascript:alert(2)">raw link</a> <iframe src="data:text/html,<script>alert(3)</script>"></iframe>
`

describe('safety by default', () => {
  it('escapes front-matter values in text, attributes and JSON-LD, on the page, the index, tag pages and the deck', async () => {
    const files = await site(hostile, { site: { url: 'https://blog.example/' } })
    for (const name of ['posts/post/index.html', 'posts/post/slides/index.html', 'index.html']) {
      const html = files(name)
      expect(html, name).not.toContain("<script>alert('title')")
      expect(html, name).not.toContain("<script>alert('description')")
      expect(html, name).not.toContain('<img src=x onerror')
      expect(html, name).not.toContain('<svg onload')
    }
    const page = files('posts/post/index.html')
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)?.[1] ?? ''
    expect(JSON.parse(jsonLd).description).toBe("</script><script>alert('description')</script>")
    expect(page).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;&quot; onload=&quot;x · Blog</title>',
    )
  })

  it('passes raw HTML through a sanitiser: no script, no event handlers, no javascript: or data: documents', async () => {
    const body = /<div class="post-body"[^>]*>([\s\S]*?)<\/div>\s*<\/article>/.exec(
      (await site(hostile))('posts/post/index.html'),
    )?.[1]
    expect(body).toBeDefined()
    expect(body).not.toMatch(/<script|onerror|javascript:|<iframe|data:text\/html/i)
    expect(body).toContain('raw HTML')
  })

  it('keeps images inlined as raster data: URLs, and drops SVG, HTML and media data: URLs', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    const files = await site(`---
title: T
published: 2026-01-01
---

![a dot](${png})

![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)

<img src="data:text/html,<script>alert(1)</script>" alt="html"> <img src="data:image/jpeg;base64,/9j/4AAQ" alt="jpeg">

<video src="data:video/mp4;base64,AAAA"></video>
`)
    for (const name of ['posts/post/index.html', 'posts/post/slides/index.html']) {
      const html = files(name)
      expect(html, name).toContain(`src="${png}"`)
      expect(html, name).toContain('src="data:image/jpeg;base64,/9j/4AAQ"')
      expect(html, name).not.toMatch(/data:image\/svg|data:text\/html|data:video/)
    }
  })

  it('trusts raw HTML only when the site says so', async () => {
    const files = await site(
      '---\ntitle: T\npublished: 2026-01-01\n---\n\n<div class="callout">Kept <em>as is</em></div>\n',
      {
        site: { trustRawHtml: true },
      },
    )
    expect(files('posts/post/index.html')).toContain(
      '<div class="callout">Kept <em>as is</em></div>',
    )
  })
})

describe('the page', () => {
  it('counts reading time the CJK way and lists the headings', async () => {
    const chinese = '协程是可挂起和恢复的函数，它允许在执行期间暂停，以便其他任务可以运行。'.repeat(
      30,
    )
    const files = await site(
      `---\ntitle: T\npublished: 2026-01-01\n---\n\n## 一\n\n${chinese}\n\n### 二\n\n${chinese}\n\n\`\`\`python\n${'print(1)\n'.repeat(200)}\`\`\`\n`,
    )
    const page = files('posts/post/index.html')
    // 2 × 30 × 35 = 2,100 Han characters at 400 a minute; the code is not counted.
    expect(page).toContain('<span>5 分钟读完</span>')
    expect(page).toMatch(
      /<nav class="toc"[\s\S]*href="#%E4%B8%80">一<\/a>[\s\S]*href="#%E4%BA%8C">二<\/a>/,
    )
  })

  it('writes canonical, Open Graph and feed links, an Atom feed and a sitemap with absolute URLs', async () => {
    const files = await site(
      '---\ntitle: 你好\npublished: 2026-01-01\nimage: https://cdn.example/cover.png\ntags: [中文]\n---\n\nHello ![x](https://cdn.example/x.png) [rel](#a)\n',
      {
        site: { url: 'https://blog.example/sub/', title: 'Mine', author: 'Li' },
      },
    )
    const page = files('posts/post/index.html')
    expect(page).toContain('<link rel="canonical" href="https://blog.example/sub/posts/post/">')
    expect(page).toContain('<meta property="og:image" content="https://cdn.example/cover.png">')
    const feed = files('atom.xml')
    expect(feed).toContain('<id>https://blog.example/sub/posts/post/</id>')
    expect(feed).toContain('<author>')
    expect(files('sitemap.xml')).toContain(
      '<loc>https://blog.example/sub/tags/%E4%B8%AD%E6%96%87/</loc>',
    )
    expect(files('tags/中文/index.html')).toContain('你好')
  })
})
