import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { PostSource } from '../content/find-posts.js'
import type { SiteOptions } from '../render/page-context.js'
import {
  createPostWork,
  type InspectedPost,
  type PostWork,
  type RenderContext,
  type RenderedPost,
} from './post-work.js'

/** A call to a post thread. */
export type PostCall =
  | { id: number; method: 'inspect'; args: Parameters<PostWork['inspect']> }
  | { id: number; method: 'render'; args: Parameters<PostWork['render']> }

/** A post thread's answer to a call. */
export type PostReply =
  | { id: number; result: InspectedPost | RenderedPost; error?: undefined }
  | { id: number; error: unknown }

/** Posts worked on in this thread (`threads: 0`) or spread over worker threads. */
export interface PostPool {
  /** Worker threads used; 0 when the work runs in this thread. */
  readonly threads: number
  inspect(source: PostSource, options: { drafts: boolean }): Promise<InspectedPost>
  /** Render a post, in the thread that inspected it (it holds the post's tree). */
  render(path: string, context: RenderContext): Promise<RenderedPost>
  /** Stop the threads and free the highlighters. */
  close(): Promise<void>
}

/**
 * Make a pool of `threads` worker threads, each with its own Markdown
 * processor and highlighter, or, for `threads: 0`, do the work here. A post
 * goes to the thread with the fewest calls waiting, and is rendered there.
 */
export function createPostPool(site: SiteOptions, threads: number): PostPool {
  if (threads <= 0) {
    const work = createPostWork(site)
    return {
      threads: 0,
      inspect: (source, options) => work.inspect(source, options),
      render: (path, context) => work.render(path, context),
      close: () => work.dispose(),
    }
  }
  const pool = Array.from({ length: threads }, () => startThread(site))
  const owners = new Map<string, PostThread>()
  return {
    threads,
    inspect(source, options) {
      const thread = pool.reduce((best, next) => (next.waiting < best.waiting ? next : best))
      owners.set(source.path, thread)
      return thread.call('inspect', [source, options])
    },
    render(path, context) {
      const thread = owners.get(path)
      if (!thread) return Promise.reject(new Error(`\`${path}\` was not inspected in this pool`))
      return thread.call('render', [path, context])
    },
    async close() {
      await Promise.all(pool.map((thread) => thread.stop()))
    },
  }
}

type Method = PostCall['method']

interface PostThread {
  worker: Worker
  /** Calls sent and not yet answered. */
  waiting: number
  /** Let the thread finish its calls and end. */
  stop(): Promise<void>
  call<M extends Method>(
    method: M,
    args: Parameters<PostWork[M]>,
  ): Promise<Awaited<ReturnType<PostWork[M]>>>
}

interface Waiting {
  resolve(value: unknown): void
  reject(error: unknown): void
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

function startThread(site: SiteOptions): PostThread {
  const worker = startWorker(site)
  const pending = new Map<number, Waiting>()
  let nextId = 0
  const exited = once(worker, 'exit')
  const thread: PostThread = {
    worker,
    waiting: 0,
    async stop() {
      worker.postMessage('stop')
      await exited
    },
    call(method, args) {
      const id = nextId++
      thread.waiting++
      worker.postMessage({ id, method, args })
      // Note: the reply is the value `PostWork[method]` returned in the thread.
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as Waiting['resolve'], reject })
      })
    },
  }
  worker.on('message', (reply: PostReply) => {
    const answer = pending.get(reply.id)
    pending.delete(reply.id)
    thread.waiting--
    if (reply.error !== undefined) answer?.reject(reply.error)
    else if ('result' in reply) answer?.resolve(reply.result)
  })
  const failAll = (error: unknown) => {
    for (const answer of pending.values()) answer.reject(error)
    pending.clear()
  }
  worker.on('error', failAll)
  worker.on('exit', (code) => failAll(new Error(`A post thread stopped (exit code ${code})`)))
  return thread
}
