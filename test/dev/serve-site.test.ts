import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LiveState } from '../../src/dev/live-site.js'
import { ServeError, type SiteServer, serveSite } from '../../src/dev/serve-site.js'

let folder: string
let server: SiteServer
const state: LiveState = { build: 3, errors: [], frames: [], failures: [], verifying: false }

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-serve-'))
  const root = path.join(folder, 'out')
  await mkdir(path.join(root, 'posts', '你好'), { recursive: true })
  await writeFile(path.join(root, 'index.html'), '<html><head></head><body>home</body></html>')
  await writeFile(
    path.join(root, 'posts', '你好', 'index.html'),
    '<html lang="zh-CN"><head></head><body>post</body></html>',
  )
  await writeFile(path.join(root, 'site.css'), 'body {}')
  // Beside the output folder, with a name that starts like it: never served.
  await mkdir(path.join(folder, 'out-secret'))
  await writeFile(path.join(folder, 'out-secret', 'key.txt'), 'secret')
  await writeFile(path.join(folder, 'secret.txt'), 'secret')
  server = await serveSite({ root, port: 0, strictPort: true, state: () => state })
})

afterAll(async () => {
  await server?.close()
})

/** A raw GET, so paths are sent exactly as written. */
function get(pathname: string, host?: string, method = 'GET') {
  const { port } = new URL(server.url)
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const sent = request(
        { host: '127.0.0.1', port, path: pathname, method, headers: host ? { host } : {} },
        (response) => {
          let body = ''
          response.setEncoding('utf8').on('data', (chunk: string) => {
            body += chunk
          })
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          )
        },
      )
      sent.on('error', reject)
      sent.end()
    },
  )
}

/** The first `state` event a page's stream sends, for the page and build in `query`. */
function firstState(query: string) {
  const { port } = new URL(server.url)
  return new Promise<{ missed: boolean }>((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path: `/__postdeck/events?${query}` },
      (response) => {
        let text = ''
        response.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk
          const data = /event: state\ndata: (.*)\n\n/.exec(text)?.[1]
          if (data === undefined) return
          sent.destroy()
          resolve(JSON.parse(data) as { missed: boolean })
        })
      },
    )
    sent.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') reject(error)
    })
    sent.end()
  })
}

describe('the dev server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('serves pages with the live-reload script, and other files as they are', async () => {
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.body).toMatch(
      /^<html><head><script src="\/__postdeck\/client.js" data-build="3" data-words="[^"<]+" defer><\/script>\n<\/head><body>home<\/body><\/html>$/,
    )
    expect(home.headers['cache-control']).toBe('no-store')
    const post = await get(`/posts/${encodeURIComponent('你好')}/`)
    expect(post.body).toContain('post')
    // The overlay's words, in the page's language.
    const words = (body: string) =>
      JSON.parse((/data-words="([^"]+)"/.exec(body)?.[1] ?? '{}').replaceAll('&quot;', '"'))
    expect(words(home.body)).toMatchObject({ hide: 'Hide', byRule: {} })
    expect(words(post.body)).toMatchObject({
      hide: '隐藏',
      failures: 'postdeck：{n} 个代码示例未通过',
      byRule: { 'sample-output': '输出与文中写的不一致' },
    })
    expect((await get('/site.css')).body).toBe('body {}')
    expect((await get('/__postdeck/client.js')).body).toContain('EventSource')
  })

  it('redirects a folder named without its final slash, so relative links work', async () => {
    const response = await get(`/posts/${encodeURIComponent('你好')}?x=1`)
    expect(response.status).toBe(301)
    expect(response.headers.location).toBe(`/posts/${encodeURIComponent('你好')}/?x=1`)
  })

  it('serves nothing outside the output folder', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/../out-secret/key.txt',
      '/%2e%2e/out-secret/key.txt',
      '/posts/%2e%2e/%2e%2e/%2e%2e/secret.txt',
      // Paths that would redirect to another host, or reach a page past the checks.
      `/.//evil.example/..%2fposts/${encodeURIComponent('你好')}`,
      `//posts/${encodeURIComponent('你好')}/`,
    ]) {
      const response = await get(attempt)
      expect(response.status, attempt).toBeGreaterThanOrEqual(400)
      expect(response.body, attempt).not.toContain('secret')
      expect(response.headers.location, attempt).toBeUndefined()
    }
  })

  it('refuses other hosts (DNS rebinding) and methods', async () => {
    expect((await get('/', 'evil.example')).status).toBe(403)
    expect((await get('/', `localhost:${new URL(server.url).port}`)).status).toBe(200)
    expect((await get('/', undefined, 'POST')).status).toBe(405)
  })

  it('shows the messages of a failed build instead of any page', async () => {
    state.errors = ['content/posts/a.md:3:12: error Front matter field `published` <is> wrong']
    state.frames = ['  2 | title: T\n> 3 | published: <soon>\n    |            ^']
    try {
      const response = await get('/')
      expect(response.status).toBe(500)
      expect(response.body).toContain(
        'content/posts/a.md:3:12: error Front matter field `published` &lt;is&gt; wrong',
      )
      expect(response.body).toContain('&gt; 3 | published: &lt;soon&gt;')
      expect(response.body).toContain('color-scheme: light dark')
      expect(response.body).toContain('/__postdeck/client.js')
      expect((await get('/site.css')).status).toBe(200)
    } finally {
      state.errors = []
      state.frames = []
    }
  })

  it('tells a page connecting late that it missed its reload, and only a page a build changed', async () => {
    const page = encodeURIComponent('posts/你好/index.html')
    state.build = 4
    server.reload(['posts/你好/index.html'])
    expect((await firstState(`page=${page}&build=3`)).missed).toBe(true)
    expect((await firstState(`page=${page}&build=4`)).missed).toBe(false)
    // The home page was not rebuilt: it keeps its state, as the deck keeps its slide.
    expect((await firstState('page=index.html&build=3')).missed).toBe(false)
    // A style changes every page.
    state.build = 5
    server.reload(['site.css'])
    expect((await firstState('page=index.html&build=4')).missed).toBe(true)
    state.build = 3
  })

  it('takes the next free port unless told to keep to one', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const address = taken.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const options = { root: folder, state: () => state }
      await expect(serveSite({ ...options, port, strictPort: true })).rejects.toThrow(ServeError)
      const next = await serveSite({ ...options, port, strictPort: false })
      expect(new URL(next.url).port).not.toBe(String(port))
      await next.close()
    } finally {
      taken.close()
    }
  })
})
