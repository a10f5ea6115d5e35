/**
 * Entry of a worker thread that works on posts: it runs `createPostWork`
 * for the calls the pool sends, and answers each with its result or error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { siteConfigSchema } from '../content/site-config.js'
import type { PostCall, PostReply } from './post-pool.js'
import { createPostWork } from './post-work.js'

const port = parentPort
if (!port) throw new Error('post-thread runs only as a worker thread')
const work = createPostWork(siteConfigSchema.parse(workerData))

port.on('message', async (call: PostCall | 'stop') => {
  if (call === 'stop') {
    await work.dispose()
    port.close()
    return
  }
  let reply: PostReply
  try {
    const result =
      call.method === 'inspect'
        ? await work.inspect(...call.args)
        : call.method === 'render'
          ? await work.render(...call.args)
          : await work.prepare().then(() => undefined)
    reply = { id: call.id, result }
  } catch (error) {
    reply = { id: call.id, error }
  }
  port.postMessage(reply)
})
