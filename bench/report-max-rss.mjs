/**
 * Preloaded into postdeck by the bench (`node --import`): when the process
 * exits, writes its peak resident memory, worker threads included, in KiB
 * (`process.resourceUsage().maxRSS`) to stderr on a line of its own marked
 * `postdeck-bench max-rss-kib=`, which the bench reads and removes.
 */
import { writeSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

// Note: `--import` reaches worker threads too; the figure is the process', so the main thread alone reports it.
if (isMainThread) {
  process.on('exit', () => {
    writeSync(2, `\npostdeck-bench max-rss-kib=${process.resourceUsage().maxRSS}\n`)
  })
}
