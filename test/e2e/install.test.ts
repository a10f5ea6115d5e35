import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { npmInstall, runIn } from './pack.js'

// A blog that starts from an empty folder, as the README's "Use it in your blog" does.
let blog: string

const english = `---
title: Hello
published: 2026-04-01
tags: [python]
---

Python adds:

\`\`\`python
print(40 + 2)
# output:
# 42
\`\`\`
`

const chinese = `---
title: 你好
published: 2026-04-02
lang: zh_CN
---

字符串重复：

\`\`\`python
print("好" * 3)
\`\`\`

运行结果：

\`\`\`text
好好好
\`\`\`
`

beforeAll(async () => {
  blog = await mkdtemp(path.join(tmpdir(), 'postdeck-blog-'))
  expect((await runIn(blog, 'npm', ['init', '-y'])).code).toBe(0)
  await npmInstall(blog, ['--save-dev', inject('postdeckTarball')])
  await mkdir(path.join(blog, 'content', 'posts', '你好'), { recursive: true })
  await writeFile(path.join(blog, 'content', 'posts', 'hello.md'), english)
  await writeFile(path.join(blog, 'content', 'posts', '你好', 'index.md'), chinese)
  await writeFile(
    path.join(blog, 'postdeck.config.ts'),
    "import { defineConfig } from 'postdeck'\n\nexport default defineConfig({ title: 'Scratch blog' })\n",
  )
}, 600_000)

describe('postdeck installed from its package into a blog', () => {
  it('builds the blog with `npx postdeck build`', async () => {
    const { code, output } = await runIn(blog, 'npx', ['postdeck', 'build'])
    expect(output).toMatch(/Built 2 posts \(\d+ pages, 2 samples verified\) into dist/)
    expect(code).toBe(0)
    expect(await readFile(path.join(blog, 'dist', 'index.html'), 'utf8')).toContain('Scratch blog')
    for (const slug of ['hello', '你好']) {
      expect(existsSync(path.join(blog, 'dist', 'posts', slug, 'index.html'))).toBe(true)
      expect(existsSync(path.join(blog, 'dist', 'posts', slug, 'slides', 'index.html'))).toBe(true)
    }
    expect(existsSync(path.join(blog, 'node_modules', '.cache', 'postdeck', 'build'))).toBe(true)
  })

  it('verifies the samples with `npx postdeck verify`, from the cache', async () => {
    const { code, output } = await runIn(blog, 'npx', ['postdeck', 'verify'])
    expect(output).toContain('2 passed, 0 failed, 0 skipped')
    expect(code).toBe(0)
  })

  it('leaves the browser driver out, and `--pdf` says how to install it', async () => {
    expect(existsSync(path.join(blog, 'node_modules', 'playwright-core'))).toBe(false)
    const { code, output } = await runIn(blog, 'npx', ['postdeck', 'build', '--pdf'])
    expect(output).toContain('run `npm install --save-dev playwright-core`')
    expect(code).toBe(2)
  })
})
