import { Worker } from 'node:worker_threads'
import type { PostSource } from '../content/find-posts.js'
import type { SiteOptions } from '../render/page-context.js'
import {
  createPostWork,
  type InspectedPost,
  type InspectOptions,
  type PostWork,
  type RenderContext,
  type RenderedPost,
} from './post-work.js'

/** A call to a post thread. */
export type PostCall =
  | { id: number; method: 'inspect'; args: Parameters<PostWork['inspect']> }
  | { id: number; method: 'render'; args: Parameters<PostWork['render']> }
  | { id: number; method: 'prepare'; args: [] }

/** A post thread's answer to a call. */
export type PostReply =
  | { id: number; result: InspectedPost | RenderedPost | undefined; error?: undefined }
  | { id: number; error: unknown }

/** Posts worked on in this thread, and in worker threads beside it. */
export interface PostPool {
  /** Threads that read and render posts, this one included. */
  readonly threads: number
  /** Read a post in the first thread free; aborting `signal` drops it if it is still waiting. */
  inspect(
    source: PostSource,
    options: InspectOptions,
    signal?: AbortSignal | undefined,
  ): Promise<InspectedPost>
  /** Render a post, in the thread that inspected it (it holds the post's tree); aborting drops it if it is still waiting. */
  render(
    path: string,
    context: RenderContext,
    signal?: AbortSignal | undefined,
  ): Promise<RenderedPost>
  /** Make every thread's highlighter now (see `PostWork.prepare`). */
  prepare(): Promise<void>
  /** Stop the worker threads and free the highlighters. */
  close(): Promise<void>
}

/** Reads a thread is given before it answers one; more would be dealt before it is known which thread is quicker. */
const readsInFlight = 4
/** Renders a thread is given before it answers one; the rest wait here, where aborting can drop them. */
const rendersInFlight = 2

/**
 * Make a pool of `threads` threads that read and render posts: this one and
 * `threads - 1` worker threads, each with its own Markdown processor and
 * highlighter. Posts are dealt to the threads as they ask for more, so a
 * thread that got long posts reads fewer of them; a post is rendered in the
 * thread that read it, which holds its tree.
 *
 * Note: this thread works too. Its own share of the work is mostly waiting,
 * and a worker more would cost a heap, a highlighter and compiled code more.
 */
export function createPostPool(site: SiteOptions, threads: number): PostPool {
  const lanes: PostLane[] = [
    localLane(site),
    ...Array.from({ length: Math.max(threads, 1) - 1 }, () => workerLane(site)),
  ]
  const owners = new Map<string, PostLane>()
  const reads: Array<{ source: PostSource; options: InspectOptions } & Queued> = []
  const deal = () => {
    for (const lane of lanes) {
      while (lane.reading < readsInFlight) {
        const read = nextWanted(reads)
        if (!read) return
        owners.set(read.source.path, lane)
        lane.reading++
        settle(read, lane.inspect(read.source, read.options), () => {
          lane.reading--
          deal()
        })
      }
    }
  }
  const renderNext = (lane: PostLane) => {
    while (lane.rendering < rendersInFlight) {
      const render = nextWanted(lane.renders)
      if (!render) return
      lane.rendering++
      settle(render, lane.render(render.path, render.context), () => {
        lane.rendering--
        renderNext(lane)
      })
    }
  }
  return {
    threads: lanes.length,
    inspect(source, options, signal) {
      return new Promise<InspectedPost>((resolve, reject) => {
        reads.push({ source, options, signal, resolve: resolve as Waiting['resolve'], reject })
        deal()
      })
    },
    render(path, context, signal) {
      const lane = owners.get(path)
      if (!lane) return Promise.reject(new Error(`\`${path}\` was not inspected in this pool`))
      return new Promise<RenderedPost>((resolve, reject) => {
        lane.renders.push({ path, context, signal, resolve: resolve as Waiting['resolve'], reject })
        renderNext(lane)
      })
    },
    async prepare() {
      await Promise.all(lanes.map((lane) => lane.prepare()))
    },
    async close() {
      await Promise.all(lanes.map((lane) => lane.stop()))
    },
  }
}

type Method = PostCall['method']

/** A thread that works on posts: this one, or a worker. */
interface PostLane {
  /** Reads sent and not yet answered. */
  reading: number
  /** Renders sent and not yet answered. */
  rendering: number
  /** Renders waiting to be sent. */
  renders: Array<{ path: string; context: RenderContext } & Queued>
  inspect: PostWork['inspect']
  render: PostWork['render']
  prepare: PostWork['prepare']
  /** Let the thread finish its calls; a worker then ends. */
  stop(): Promise<void>
}

interface Waiting {
  resolve(value: unknown): void
  reject(error: unknown): void
}

/** A call waiting in the pool for a thread; aborting its signal drops it. */
interface Queued extends Waiting {
  signal: AbortSignal | undefined
}

/** The next call of `queue` still wanted; those whose signal aborted are refused on the way. */
function nextWanted<T extends Queued>(queue: T[]): T | undefined {
  for (let call = queue.shift(); call; call = queue.shift()) {
    if (!call.signal?.aborted) return call
    call.reject(call.signal.reason)
  }
  return undefined
}

/** Settle `call` with what `work` gives, then give its thread's place back (`done`). */
function settle(call: Waiting, work: Promise<unknown>, done: () => void): void {
  work.then(call.resolve, call.reject).finally(done)
}

/**
 * A worker for the post thread: the compiled module, or, when postdeck runs
 * from its TypeScript sources (tests, the bench), a bootstrap that registers
 * tsx in the new thread first.
 *
 * Note: `execArgv: ['--import', 'tsx']` does not reach worker threads on Node 20.
 */
function startWorker(site: SiteOptions): Worker {
  const entry = new URL(
    import.meta.url.endsWith('.ts') ? './post-thread.ts' : './post-thread.js',
    import.meta.url,
  )
  if (entry.pathname.endsWith('.js')) return new Worker(entry, { workerData: site })
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(bootstrap, { eval: true, workerData: site })
}

/** This thread as a lane: the work runs here, between the pool's other tasks. */
function localLane(site: SiteOptions): PostLane {
  const work = createPostWork(site)
  return {
    reading: 0,
    rendering: 0,
    renders: [],
    inspect: (source, options) => work.inspect(source, options),
    render: (path, context) => work.render(path, context),
    prepare: () => work.prepare(),
    stop: () => work.dispose(),
  }
}

function workerLane(site: SiteOptions): PostLane {
  const worker = startWorker(site)
  const pending = new Map<number, Waiting>()
  let nextId = 0
  /** Why the thread can take no more calls, once it cannot. */
  let stopped: Error | undefined
  const failAll = (error: Error) => {
    stopped ??= error
    for (const answer of pending.values()) answer.reject(stopped)
    pending.clear()
  }
  // Note: listened to from the start, so a thread that crashes fails the
  // calls waiting on it, never the process.
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      failAll(new Error(`A post thread stopped (exit code ${code})`))
      resolve()
    })
  })
  worker.on('error', (error) => failAll(error instanceof Error ? error : new Error(String(error))))
  worker.on('message', (reply: PostReply) => {
    const answer = pending.get(reply.id)
    pending.delete(reply.id)
    if (reply.error !== undefined) answer?.reject(reply.error)
    else if ('result' in reply) answer?.resolve(reply.result)
  })
  const call = <M extends Method>(
    method: M,
    args: Parameters<PostWork[M]>,
  ): Promise<Awaited<ReturnType<PostWork[M]>>> => {
    if (stopped) return Promise.reject(stopped)
    const id = nextId++
    worker.postMessage({ id, method, args })
    // Note: the reply is the value `PostWork[method]` returned in the thread.
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as Waiting['resolve'], reject })
    })
  }
  return {
    reading: 0,
    rendering: 0,
    renders: [],
    inspect: (...args) => call('inspect', args),
    render: (...args) => call('render', args),
    prepare: () => call('prepare', []),
    async stop() {
      if (!stopped) worker.postMessage('stop')
      await exited
    },
  }
}
