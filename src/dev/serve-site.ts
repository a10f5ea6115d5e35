import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { createTemplateRenderer, templatesFolder } from '../render/templates.js'
import { interfaceWords } from '../render/words/interface-words.js'
import type { InterfaceWords } from '../render/words/word-list.js'
import type { LiveState } from './live-site.js'
import { overlayWords } from './overlay-words.js'

/** Settings of the dev server. */
export interface ServeOptions {
  /** The output folder; nothing outside it is served. */
  root: string
  /** Port to listen on; 0 lets the system choose. */
  port: number
  /** Fail when the port is taken, instead of trying the next ones. */
  strictPort: boolean
  /** The site's state, read on every request. */
  state: () => LiveState
  /** The interface words for a page in `lang` (the site's language when none); default: postdeck's own. */
  words?: ((lang: string | undefined) => InterfaceWords) | undefined
}

/** A running dev server. */
export interface SiteServer {
  /** `http://127.0.0.1:<port>/` */
  url: string
  /** Tell the open pages that files changed: they reload if theirs did. `'all'` reloads every one. */
  reload(files: readonly string[] | 'all'): void
  /** Send the open pages the site's state (failing samples, verification under way). */
  sendState(): void
  /** Stop listening and end every connection. */
  close(): Promise<void>
}

/** The port was taken, or the server could not listen. */
export class ServeError extends Error {
  override name = 'ServeError'
}

const host = '127.0.0.1'
const client = path.join(templatesFolder, 'dev', 'client.js')
/** Ports tried after the first one when it is taken. */
const portsToTry = 20

/**
 * Serve the output folder on 127.0.0.1 for `postdeck dev`. Pages get the
 * live-reload script; while the last build failed, every page is replaced
 * by its messages. Only GET and HEAD requests whose Host header names this
 * machine are answered (no DNS rebinding), and no path leaves the folder.
 */
export async function serveSite(options: ServeOptions): Promise<SiteServer> {
  const root = path.resolve(options.root)
  const assets = sirv(root, { dev: true, etag: true })
  const render = createTemplateRenderer()
  const listeners = new Set<ServerResponse>()
  /** The build that last changed each page, and the last one that changed every page. */
  const changedIn = new Map<string, number>()
  let allChangedIn = 0
  const wordsFor = options.words ?? ((lang: string | undefined) => interfaceWords(lang ?? 'en'))

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(error instanceof Error ? error.message : String(error))
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLocalHost(request.headers.host)) return send(response, 403, 'Forbidden host')
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'Method not allowed')
    }
    // Note: `//host/…` would be read as another host's URL, here and by sirv.
    const target = request.url ?? '/'
    if (!target.startsWith('/') || /^[/\\]{2}/.test(target))
      return send(response, 400, 'Bad request')
    // Note: read first, so a page is never said to be newer than it is.
    const { build, errors, frames } = options.state()
    const url = new URL(target, 'http://localhost')
    if (url.pathname === '/__postdeck/events') return listen(response, url.searchParams)
    if (url.pathname === '/__postdeck/client.js') {
      response.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      return void response.end(await readFile(client))
    }
    const found = await findPage(root, url.pathname)
    if (found === 'bad') return send(response, 400, 'Bad request')
    if (errors.length > 0 && (found !== undefined || url.pathname.endsWith('/'))) {
      // Note: the error page speaks the language of the page it stands for.
      const replaced =
        found && 'file' in found ? await readFile(found.file, 'utf8').catch(() => '') : ''
      const lang = languageOf(replaced)
      const words = wordsFor(lang)
      const page = render('dev/error', { errors, frames, lang: lang ?? 'en', t: words })
      return sendPage(response, 500, page, build, words)
    }
    if (found && 'redirect' in found) {
      response.writeHead(301, { Location: `${found.redirect}${url.search}` })
      return void response.end()
    }
    if (found) {
      const html = await readFile(found.file, 'utf8')
      return sendPage(response, 200, html, build, wordsFor(languageOf(html)))
    }
    assets(request, response, () => send(response, 404, 'Not found'))
  }

  /**
   * Stream events to a page. Its first state says whether a build since the
   * one it was served from changed it (`missed`): its reload, sent before it
   * connected, was missed. A page no build changed keeps its state.
   */
  function listen(response: ServerResponse, query: URLSearchParams): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    listeners.add(response)
    response.on('close', () => listeners.delete(response))
    const page = query.get('page')
    const served = Number(query.get('build'))
    const changed = Math.max(allChangedIn, page === null ? 0 : (changedIn.get(page) ?? 0))
    const missed = page !== null && Number.isInteger(served) && changed > served
    event(response, 'state', { ...options.state(), missed })
  }

  const port = await listenOnFreePort(server, options.port, options.strictPort)
  return {
    url: `http://${host}:${port}/`,
    reload(files) {
      if (files.length === 0) return
      // Note: a page knows its own file; a style, script or image may be anyone's.
      const pages = files === 'all' || files.some((file) => !file.endsWith('.html')) ? 'all' : files
      const { build } = options.state()
      if (pages === 'all') allChangedIn = build
      else for (const page of pages) changedIn.set(page, build)
      for (const listener of listeners) event(listener, 'reload', { pages })
    },
    sendState() {
      const state = options.state()
      for (const listener of listeners) event(listener, 'state', state)
    },
    async close() {
      for (const listener of listeners) listener.end()
      const closed = new Promise((resolve) => server.close(resolve))
      server.closeAllConnections()
      await closed
    },
  }
}

function event(response: ServerResponse, name: string, data: unknown): void {
  response.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`)
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  response.end(`${text}\n`)
}

/** The language a page declares on its `<html>` element. */
function languageOf(html: string): string | undefined {
  return /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1]
}

/**
 * Send a page with the live-reload script, naming the build it is from and
 * carrying the overlay's words in the page's language; never cached.
 */
function sendPage(
  response: ServerResponse,
  status: number,
  html: string,
  build: number,
  words: InterfaceWords,
): void {
  const wordsJson = JSON.stringify(overlayWords(words))
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
  const script = `<script src="/__postdeck/client.js" data-build="${build}" data-words="${wordsJson}" defer></script>`
  const at = html.lastIndexOf('</head>')
  const page = at === -1 ? `${script}${html}` : `${html.slice(0, at)}${script}\n${html.slice(at)}`
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(page)
}

/**
 * The page a URL path names: `…/` is the folder's `index.html`, `….html`
 * the file itself; a folder named without its final `/` is redirected, so
 * that the page's relative links work. `undefined` for anything else, and
 * `'bad'` for a path that cannot be decoded or leaves the folder.
 */
async function findPage(
  root: string,
  pathname: string,
): Promise<{ file: string } | { redirect: string } | 'bad' | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return 'bad'
  }
  // Note: a path of `//host` would make the redirect below leave this server.
  if (decoded.includes('\0') || /^[/\\]{2}/.test(decoded)) return 'bad'
  const target = path.join(root, decoded)
  if (target !== root && !target.startsWith(root + path.sep)) return 'bad'
  const isFile = async (file: string) => (await stat(file).catch(() => undefined))?.isFile()
  if (decoded.endsWith('/')) {
    const index = path.join(target, 'index.html')
    return (await isFile(index)) ? { file: index } : undefined
  }
  if (decoded.endsWith('.html')) return (await isFile(target)) ? { file: target } : undefined
  if (await isFile(path.join(target, 'index.html'))) {
    const segments = path.relative(root, target).split(path.sep).map(encodeURIComponent)
    return { redirect: `/${segments.join('/')}/` }
  }
  return undefined
}

function isLocalHost(header: string | undefined): boolean {
  const name = header?.replace(/:\d+$/, '')
  return name === host || name === 'localhost' || name === '[::1]'
}

async function listenOnFreePort(server: Server, first: number, strict: boolean): Promise<number> {
  const last = strict || first === 0 ? first : first + portsToTry - 1
  for (let port = first; ; port++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => {
          server.off('error', reject)
          resolve()
        })
      })
      const address = server.address()
      return typeof address === 'object' && address !== null ? address.port : port
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EADDRINUSE' || port >= last) {
        throw new ServeError(
          code === 'EADDRINUSE'
            ? `Port ${strict ? port : `${first} to ${last}`} ${strict ? 'is' : 'are'} taken: choose another with \`--port\``
            : `Cannot listen on ${host}:${port}: ${(error as Error).message}`,
          { cause: error },
        )
      }
    }
  }
}
