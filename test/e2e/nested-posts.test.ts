import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { launchChromium, recordTraffic } from './browser.js'

/** A 1×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

const post = (title: string, published: string, body: string) =>
  `---\ntitle: ${title}\npublished: ${published}\ntags: [nested]\ncategory: notes\n---\n\n${body}\n`

let browser: Browser
let out: string

beforeAll(async () => {
  const project = await mkdtemp(path.join(tmpdir(), 'postdeck-nested-'))
  const posts = path.join(project, 'content', 'posts')
  await mkdir(path.join(posts, '2024'), { recursive: true })
  await mkdir(path.join(posts, 'python', '异步编程', 'images'), { recursive: true })
  await mkdir(path.join(project, 'public', 'images'), { recursive: true })
  await writeFile(path.join(project, 'public', 'images', 'site.png'), png)
  await writeFile(path.join(posts, '2024', 'beside.png'), png)
  await writeFile(path.join(posts, 'python', '异步编程', 'images', '图.png'), png)
  await writeFile(
    path.join(posts, '2024', 'nested.md'),
    post(
      'A nested post',
      '2024-03-01',
      [
        'An image beside the post: ![beside](./beside.png)',
        '',
        'An image of the site: ![site](/images/site.png)',
        '',
        '## A section',
        '',
        'Text of the section.',
      ].join('\n'),
    ),
  )
  await writeFile(
    path.join(posts, 'python', '异步编程', 'index.md'),
    post(
      '异步编程入门',
      '2024-04-01',
      ['文章的图片：![图](images/图.png)', '', '## 协程', '', '协程的介绍。'].join('\n'),
    ),
  )
  await writeFile(path.join(posts, 'top.md'), post('A top post', '2024-02-01', 'At the top.'))
  out = path.join(project, 'dist')
  const result = await build({ paths: [path.join(project, 'content')], outDir: out })
  expect(result.ok).toBe(true)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const pages = {
  'a nested post': ['posts', '2024', 'nested', 'index.html'],
  "a nested post's deck": ['posts', '2024', 'nested', 'slides', 'index.html'],
  'a nested CJK post folder': ['posts', 'python', '异步编程', 'index.html'],
  "a nested CJK post folder's deck": ['posts', 'python', '异步编程', 'slides', 'index.html'],
  'the home page': ['index.html'],
} as const

describe.each(Object.entries(pages))('%s', (_, segments) => {
  const file = () => path.join(out, ...segments)

  it('loads its stylesheets, scripts and images with none missing', async () => {
    expect(existsSync(file())).toBe(true)
    const page = await browser.newPage()
    const traffic = recordTraffic(page)
    await page.goto(pathToFileURL(file()).href, { waitUntil: 'load' })
    expect(traffic.failed).toEqual([])
    expect(traffic.consoleErrors).toEqual([])
    // Lazy images do not hold the load event back: each is asked for and awaited, a missing one
    // failing to decode.
    const loaded = await page.evaluate(`(async () => ({
      sheets: [...document.querySelectorAll('link[rel=stylesheet]')].map((link) => Boolean(link.sheet)),
      images: await Promise.all([...document.querySelectorAll('img')].map((image) => {
        image.loading = 'eager'
        return image.decode().then(() => [image.getAttribute('src'), image.naturalWidth], () => [image.getAttribute('src'), 0])
      })),
    }))()`)
    const { sheets, images } = loaded as { sheets: boolean[]; images: [string, number][] }
    expect(sheets.length).toBeGreaterThan(0)
    expect(sheets.every(Boolean)).toBe(true)
    for (const [src, width] of images) expect([src, width]).toEqual([src, 1])
    await page.close()
  })

  it('links only to pages that exist', async () => {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(file()).href, { waitUntil: 'load' })
    const links = (await page.evaluate(
      `[...document.querySelectorAll('a[href]')].map((link) => link.href)`,
    )) as string[]
    const local = links
      .filter((href) => href.startsWith('file://'))
      .map((href) => fileURLToPath(href.replace(/#.*$/, '')))
    expect(local.length).toBeGreaterThan(0)
    expect(local.filter((target) => !existsSync(target))).toEqual([])
    await page.close()
  })
})

it('links the nested posts from the home page and each to its deck, tag and category', async () => {
  const page = await browser.newPage()
  await page.goto(pathToFileURL(path.join(out, 'posts', '2024', 'nested', 'index.html')).href)
  const links = (await page.evaluate(
    `[...document.querySelectorAll('a[href]')].map((link) => decodeURIComponent(link.href))`,
  )) as string[]
  const inSite = links.map((href) => path.relative(out, fileURLToPath(href.replace(/#.*$/, ''))))
  expect(inSite).toEqual(
    expect.arrayContaining([
      'index.html',
      path.join('posts', '2024', 'nested', 'slides', 'index.html'),
      path.join('tags', 'nested', 'index.html'),
      path.join('categories', 'notes', 'index.html'),
      path.join('posts', 'python', '异步编程', 'index.html'),
      path.join('posts', 'top', 'index.html'),
    ]),
  )
  await page.goto(pathToFileURL(path.join(out, 'index.html')).href)
  const home = (await page.evaluate(
    `[...document.querySelectorAll('a[href]')].map((link) => decodeURIComponent(link.href))`,
  )) as string[]
  expect(home.map((href) => path.relative(out, fileURLToPath(href)))).toEqual(
    expect.arrayContaining([
      path.join('posts', '2024', 'nested', 'index.html'),
      path.join('posts', 'python', '异步编程', 'index.html'),
    ]),
  )
  await page.close()
})
