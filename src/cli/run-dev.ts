import { once } from 'node:events'
import path from 'node:path'
import { cacheFolder } from '../cache-folder.js'
import { findPosts } from '../content/find-posts.js'
import { loadSiteConfig } from '../content/site-config.js'
import { createLiveSite, type LiveEvent, type LiveSite } from '../dev/live-site.js'
import { type SiteServer, serveSite } from '../dev/serve-site.js'
import { type InputWatcher, watchInputs } from '../dev/watch-inputs.js'
import { displayPath, formatMessages } from '../messages.js'
import { templatesFolder } from '../render/templates.js'
import { OutputError } from '../write/write-output.js'
import { buildCache, sampleOptions } from './caches.js'
import { asUsageError, exitCodes } from './cli-error.js'
import type { CliIo } from './main.js'
import { type Command, defaultDevPort } from './parse-args.js'
import { prettyReport } from './reporters/pretty.js'
import { sandboxNotice } from './sandbox-notice.js'

type DevCommand = Extract<Command, { name: 'dev' }>

/**
 * `postdeck dev`: build the site, serve it on 127.0.0.1, and rebuild what
 * changes until Ctrl-C (`io.signal`), which stops everything and exits 0.
 */
export async function runDev(command: DevCommand, io: CliIo): Promise<number> {
  const { signal } = io
  if (!signal) throw new Error('`postdeck dev` runs until its signal aborts; it needs one')
  const paths = command.paths.map((input) => path.resolve(io.cwd, input))
  const outDir = path.resolve(io.cwd, command.outDir ?? defaultOutDir(io.cwd))
  const { config } = await loadSiteConfig(io.cwd).catch(asUsageError)
  const samples = sampleOptions(command, io, config)
  const notice = command.verify ? sandboxNotice(samples.sandbox) : undefined
  if (notice) io.stderr(`${notice}\n`)
  // Note: a post's files may lie anywhere in its content folder, not only under the paths named.
  const contentRoots = (await findPosts(paths).catch(asUsageError)).map(
    (source) => source.contentRoot,
  )
  let watcher: InputWatcher | undefined
  let live: LiveSite | undefined
  let server: SiteServer | undefined
  let first: LiveEvent | undefined
  const stop = () => void live?.close()
  signal.addEventListener('abort', stop, { once: true })
  try {
    // Note: the watcher is ready before the first build reads anything, so
    // no edit made meanwhile goes unseen.
    watcher = await watchInputs(
      {
        paths: [...new Set([...paths, ...contentRoots])],
        templatesFolder,
        configFolder: io.cwd,
        onError: (error) => io.stderr(`Watching: ${String(error)}\n`),
      },
      (changes) => live?.changed(changes),
    )
    if (signal.aborted) return exitCodes.ok
    live = createLiveSite(
      {
        cwd: io.cwd,
        paths,
        outDir,
        drafts: command.drafts,
        verify: command.verify,
        samples,
        cache: buildCache(command, io),
        threads: command.threads,
      },
      (event) => {
        first ??= event
        report(event, io, server)
      },
    )
    await live.settled()
    if (signal.aborted) return exitCodes.ok
    if (first?.type === 'failed' && first.error instanceof OutputError) {
      throw asUsageError(first.error)
    }
    server = await serveSite({
      root: outDir,
      port: command.port ?? defaultDevPort,
      strictPort: command.port !== undefined,
      state: live.state,
      words: live.words,
    }).catch(asUsageError)
    io.stderr(`Serving ${displayPath(outDir, io.cwd)} at ${server.url} (Ctrl-C to stop)\n`)
    if (!signal.aborted) await once(signal, 'abort')
    return exitCodes.ok
  } finally {
    signal.removeEventListener('abort', stop)
    await watcher?.close()
    await server?.close()
    await live?.close()
  }
}

/**
 * Where dev builds go unless `--out` says: the project's cache folder, never
 * `dist/`, since a dev build shows pages before their samples are verified.
 */
function defaultOutDir(cwd: string): string {
  return path.join(cacheFolder(cwd).path, 'dev')
}

/** Tell the terminal and the open pages what happened. */
function report(event: LiveEvent, io: CliIo, server: SiteServer | undefined): void {
  const ms = 'ms' in event ? `${event.ms.toFixed(0)} ms` : ''
  switch (event.type) {
    case 'built': {
      const { run, written } = event
      const changed = new Set(run.rendered)
      const messages = formatMessages(
        server ? run.files.filter((file) => changed.has(file.path)) : run.files,
        io.cwd,
      )
      for (const line of messages) io.stderr(`${line}\n`)
      if (!server) {
        io.stderr(`Built ${count(run.posts, 'post')} (${run.pages} pages) in ${ms}\n`)
      } else if (run.rendered.length > 0) {
        const posts =
          run.rendered.length <= 3
            ? run.rendered.map((file) => displayPath(file, io.cwd)).join(', ')
            : count(run.rendered.length, 'post')
        io.stderr(`Rebuilt ${posts}: ${count(written.length, 'file')} written in ${ms}\n`)
      } else if (written.length > 0 || event.recovered) {
        io.stderr(`Updated ${count(written.length, 'file')} in ${ms}\n`)
      }
      server?.reload(event.recovered ? 'all' : written)
      return
    }
    case 'failed': {
      const lines = event.error ? [event.error.message] : formatMessages(event.files, io.cwd)
      for (const line of lines) io.stderr(`${line}\n`)
      io.stderr('Build failed: the browser shows why until it is fixed\n')
      server?.reload('all')
      return
    }
    case 'verifying':
      io.stderr(`Verifying the samples of ${count(event.posts, 'post')}…\n`)
      server?.sendState()
      return
    case 'verified':
      io.stderr(prettyReport(event.results, { cwd: io.cwd, failuresOnly: true }))
      server?.sendState()
      return
    case 'unverified':
      io.stderr(`Could not verify the samples: ${event.error.message}\n`)
      server?.sendState()
      return
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
