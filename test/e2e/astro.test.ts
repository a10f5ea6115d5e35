import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, recordTraffic } from './browser.js'
import { npmInstall, runIn } from './pack.js'

// An Astro 5 site laid out as fuwari is (test/astro-site/), its posts a
// content collection, with postdeck added by one line of astro.config.mjs.
const skeleton = path.join(import.meta.dirname, '..', 'astro-site')
let site: string
let browser: Browser

const posts: Record<string, string> = {
  'adding-numbers.md': `---
title: Adding numbers
published: 2026-05-01
description: A sample that prints what the post says
image: ''
tags: [python]
category: Notes
draft: false
lang: ''
---

## Sum

Python adds:

\`\`\`python
print(1 + 2)
# output:
# 3
\`\`\`

## Product

\`\`\`python
print(6 * 7)
# output:
# 42
\`\`\`
`,
  '列表推导.md': `---
title: 列表推导
published: 2026-05-02
description: 输出写错了一行
image: ''
tags: [python]
category: 笔记
draft: false
lang: zh_CN
---

## 平方

\`\`\`python
print([n * n for n in range(3)])
\`\`\`

运行结果：

\`\`\`text
[0, 1, 4, 9]
\`\`\`
`,
}

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'postdeck-astro-'))
  await cp(skeleton, site, { recursive: true })
  await mkdir(path.join(site, 'src', 'content', 'posts'), { recursive: true })
  for (const [name, text] of Object.entries(posts)) {
    await writeFile(path.join(site, 'src', 'content', 'posts', name), text)
  }
  await npmInstall(site, ['astro@^5', inject('postdeckTarball')])
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
})

describe('postdeck/astro in an Astro 5 site', () => {
  it('fails `astro build` on a failed sample, naming its line and the diff', async () => {
    const { code, output } = await runIn(site, 'npx', ['astro', 'build'])
    expect(code).not.toBe(0)
    expect(output).toContain('src/content/posts/列表推导.md:21')
    expect(output).toContain('- [0, 1, 4, 9]')
    expect(output).toContain('+ [0, 1, 4]')
  }, 300_000)

  it('builds once it is fixed: the page marks verified samples and the deck works offline', async () => {
    const post = path.join(site, 'src', 'content', 'posts', '列表推导.md')
    await writeFile(post, (await readFile(post, 'utf8')).replace('[0, 1, 4, 9]', '[0, 1, 4]'))
    const { code, output } = await runIn(site, 'npx', ['astro', 'build'])
    expect(output).toContain('2 decks written to /posts/<slug>/slides/')
    expect(code).toBe(0)

    const page = await readFile(
      path.join(site, 'dist', 'posts', 'adding-numbers', 'index.html'),
      'utf8',
    )
    expect(page.match(/<details class="postdeck-sample" data-status="passed">/g)).toHaveLength(2)
    expect(page).toContain(
      '<summary>✓ Verified: the real output matches</summary><pre><code>42</code></pre>',
    )

    const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const traffic = recordTraffic(deck)
    const deckFile = path.join(site, 'dist', 'posts', '列表推导', 'slides', 'index.html')
    await deck.goto(pathToFileURL(deckFile).href, { waitUntil: 'load' })
    await deck.waitForFunction(() => 'Reveal' in window && Reveal.isReady())
    expect(await deck.evaluate(() => Reveal.getTotalSlides())).toBeGreaterThan(1)
    expect(await deck.evaluate(() => document.querySelector('.reveal h1')?.textContent)).toBe(
      '列表推导',
    )
    expect(traffic.failed).toEqual([])
    expect(traffic.consoleErrors).toEqual([])
    expect(traffic.requests.every((url) => url.startsWith('file:'))).toBe(true)
  }, 300_000)
})

declare const Reveal: { isReady(): boolean; getTotalSlides(): number }
