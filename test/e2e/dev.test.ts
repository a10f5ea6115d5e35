import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromium } from './browser.js'

const repository = path.join(import.meta.dirname, '..', '..')
/** tsx's loader, to run the CLI from its sources wherever the test project is. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

const hello = `---
title: Hello
published: 2026-03-02
---

## Greeting

The first paragraph.

\`\`\`python
print("hello")
# output:
# hello
\`\`\`

## Farewell

The last paragraph.
`

const other = `---
title: Other
published: 2026-03-01
---

## Only part

Another post.
`

const chinese = `---
title: 你好
published: 2026-02-28
lang: zh-CN
---

## 问候

一段中文。
`
/** The Chinese post with a sample whose documented output is wrong. */
const chineseFailing = `${chinese}
\`\`\`python
print("你好")
# output:
# 再见
\`\`\`
`

let browser: Browser
let folder: string
let dev: ChildProcess
let url: string
let log = ''

/** Start `postdeck dev` from the sources in a project of two posts, as a user would from a shell. */
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-dev-'))
  await mkdir(path.join(folder, 'content', 'posts'), { recursive: true })
  await writeFile(path.join(folder, 'package.json'), '{ "name": "blog", "private": true }\n')
  await writeFile(path.join(folder, 'content', 'posts', 'hello.md'), hello)
  await writeFile(path.join(folder, 'content', 'posts', 'other.md'), other)
  await writeFile(path.join(folder, 'content', 'posts', 'zh.md'), chinese)
  dev = spawn(
    process.execPath,
    ['--import', tsx, path.join(repository, 'src', 'cli', 'bin.ts'), 'dev', '--port', '0'],
    { cwd: folder, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  dev.stdout?.setEncoding('utf8').on('data', (text: string) => {
    log += text
  })
  url = await new Promise<string>((resolve, reject) => {
    dev.stderr?.setEncoding('utf8').on('data', (text: string) => {
      log += text
      const served = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log)
      if (served?.[1]) resolve(served[1])
    })
    dev.once('exit', (code) => reject(new Error(`postdeck dev exited (${code}):\n${log}`)))
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  if (dev?.exitCode === null) dev.kill('SIGKILL')
})

/** What `postdeck dev` printed during a test, shown when it fails: which builds ran, and why. */
beforeEach(({ onTestFailed }) => {
  const from = log.length
  onTestFailed(() => {
    console.error(`postdeck dev printed, during this test:\n${log.slice(from)}`)
  })
})

const post = () => path.join(folder, 'content', 'posts', 'hello.md')

async function edit(change: (text: string) => string): Promise<void> {
  await writeFile(post(), change(await readFile(post(), 'utf8')))
}

/** Mark the page's window, so a reload (which loses the mark) can be told apart from no reload. */
async function mark(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.assign(window, { postdeckTestMark: true })
  })
}

/**
 * Whether the page still holds its mark. A reload landing while the page is read destroys the
 * context it is read in: the mark is then asked of the page the reload brought, once it has loaded.
 */
async function isMarked(page: Page): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(() => 'postdeckTestMark' in window)
    } catch (error) {
      if (attempt >= 3 || !/context was destroyed|navigat/i.test(String(error))) throw error
      await page.waitForLoadState('load')
    }
  }
}

/**
 * How long to wait for a rebuild after an edit: it re-runs the post's samples, which is slow
 * on a loaded machine. Generous, because a quick pass is the same test as a slow one.
 */
const REBUILD = 45_000

describe('postdeck dev', { timeout: 180_000 }, () => {
  it('reloads the edited page and only it, and keeps the deck on its slide', async () => {
    const page = await browser.newPage()
    await page.goto(`${url}posts/hello/`)
    await expect(page.locator('main')).toBeDefined()
    expect(await page.locator('main').textContent()).toContain('The first paragraph.')
    const otherPage = await browser.newPage()
    await otherPage.goto(`${url}posts/other/`)
    const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await deck.goto(`${url}posts/hello/slides/`)
    await deck.waitForFunction(() => 'Reveal' in window && Reveal.isReady())
    await deck.keyboard.press('ArrowRight')
    await deck.waitForFunction(() => Reveal.getIndices().h === 1)
    await Promise.all([mark(page), mark(otherPage), mark(deck)])

    await edit((text) => text.replace('The first paragraph.', 'An edited paragraph.'))

    await page.locator('main', { hasText: 'An edited paragraph.' }).waitFor({ timeout: REBUILD })
    expect(await isMarked(page)).toBe(false)
    await deck.waitForFunction(() => !('postdeckTestMark' in window), undefined, {
      timeout: REBUILD,
    })
    await deck.waitForFunction(() => 'Reveal' in window && Reveal.isReady())
    await deck.waitForFunction(() => Reveal.getIndices().h === 1, undefined, { timeout: 10_000 })
    expect(await deck.locator('.slides').textContent()).toContain('An edited paragraph.')
    // The other post's page did not change, so it was not reloaded.
    expect(await isMarked(otherPage)).toBe(true)
    await Promise.all([page.close(), otherPage.close(), deck.close()])
  })

  it('names a failing sample with file:line in an overlay, and drops it once mended', async () => {
    const page = await browser.newPage()
    await page.goto(`${url}posts/hello/`)
    await edit((text) => text.replace('# hello', '# goodbye'))
    const overlay = page.locator('postdeck-dev-overlay')
    await overlay
      .getByText('content/posts/hello.md:', { exact: false })
      .waitFor({ timeout: REBUILD })
    expect(await overlay.locator('section').textContent()).toMatch(
      /1 sample fails.*content\/posts\/hello\.md:\d+/s,
    )
    // The diff of the failure, and a link to the post's line.
    expect(await overlay.locator('pre .expected').first().textContent()).toMatch(/│ - /)
    expect(await overlay.locator('a').first().getAttribute('href')).toMatch(
      /^vscode:\/\/file\/.*\/content\/posts\/hello\.md:\d+:1$/,
    )
    await edit((text) => text.replace('# goodbye', '# hello'))
    await overlay.waitFor({ state: 'detached', timeout: REBUILD })
    await page.close()
  })

  it('shows a content error with file:line instead of a stale page, until it is fixed', async () => {
    const page = await browser.newPage()
    await page.goto(`${url}posts/hello/`)
    await edit((text) => text.replace('published: 2026-03-02', 'published: someday'))
    const error = page.locator('h2', { hasText: 'content/posts/hello.md:3:' })
    await error.waitFor({ timeout: REBUILD })
    expect(await page.title()).toBe('The build failed · postdeck dev')
    // The post around the line, and no overlay of samples left from before.
    expect(await page.locator('pre').first().textContent()).toContain('> 3 | published: someday')
    expect(await page.locator('postdeck-dev-overlay').count()).toBe(0)
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(13, 17, 23)',
    )
    await edit((text) => text.replace('published: someday', 'published: 2026-03-02'))
    await page.locator('main', { hasText: 'An edited paragraph.' }).waitFor({ timeout: REBUILD })
    await page.close()
  })

  it("speaks a Chinese page's language in its overlay and its error page", async () => {
    const zh = path.join(folder, 'content', 'posts', 'zh.md')
    const page = await browser.newPage()
    await page.goto(`${url}posts/zh/`)
    await writeFile(zh, chineseFailing)
    const overlay = page.locator('postdeck-dev-overlay')
    await overlay.getByText('content/posts/zh.md:', { exact: false }).waitFor({ timeout: REBUILD })
    const text = (await overlay.locator('section').textContent()) ?? ''
    expect(text).toMatch(/1 个代码示例未通过.*content\/posts\/zh\.md:\d+ 输出与文中写的不一致/s)
    // No English word but the tool's name and the file's path, the diff left aside.
    const words = await overlay.evaluate((element) => {
      const root = element.shadowRoot
      const copy = root?.querySelector('section')?.cloneNode(true) as HTMLElement | undefined
      for (const drop of copy?.querySelectorAll('pre, code') ?? []) drop.remove()
      const labels = [...(root?.querySelectorAll('[title], [aria-label]') ?? [])].flatMap(
        (labelled) => [labelled.getAttribute('title'), labelled.getAttribute('aria-label')],
      )
      return [copy?.textContent ?? '', ...labels].join(' ')
    })
    expect(words.replaceAll('postdeck', '').match(/[A-Za-z]{2,}/g) ?? []).toEqual([])
    expect(await overlay.locator('button').getAttribute('aria-label')).toBe('隐藏')

    await writeFile(zh, chinese.replace('published: 2026-02-28', 'published: 某天'))
    await page.locator('h2', { hasText: 'content/posts/zh.md:3:' }).waitFor({ timeout: REBUILD })
    expect(await page.title()).toBe('构建失败 · postdeck dev')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await page.locator('h1').textContent()).toBe('构建失败')
    await writeFile(zh, chinese)
    await page.locator('main', { hasText: '问候' }).waitFor({ timeout: REBUILD })
    await page.close()
  })

  it('stops on Ctrl-C with exit code 0 and leaves no process behind', async () => {
    const exited = once(dev, 'exit')
    dev.kill('SIGINT')
    const [code] = await Promise.race([
      exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`still running:\n${log}`)), 30_000),
      ),
    ])
    expect(code).toBe(0)
    // Note: the dev process led its own process group; none of it may be
    // left once its children (tsx's compiler, here) have seen it go.
    const groupGone = () => {
      try {
        process.kill(-(dev.pid ?? 0), 0)
        return false
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ESRCH'
      }
    }
    await expect.poll(groupGone, { timeout: 15_000, interval: 50 }).toBe(true)
  })
})

declare const Reveal: {
  isReady(): boolean
  getIndices(): { h: number; v?: number }
}
