/**
 * One post rebuilt in the 1,000-post site while `postdeck dev` runs: the time
 * from just before a marker paragraph is appended to a post's `index.md` until
 * its page on disk holds the marker, a different post (from the middle of the
 * corpus) each time.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { appendFile, readFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { postdeckArgs, readMaxRss } from './postdeck-cli.js'
import { pagePath } from './site-output.js'

/** How long the first build may take before `dev` serves it. */
const startTimeoutMs = 300_000
/** How long one rebuild may take before the bench gives up. */
const rebuildTimeoutMs = 30_000
/** How long the bench waits between edits, so one rebuild is over before the next edit. */
const settleMs = 500
/** How often the page is read while waiting for the marker. */
const pollMs = 2
/** How long `dev` may take to exit after SIGINT before it is killed. */
const stopTimeoutMs = 5_000

const serverLine = /http:\/\/127\.0\.0\.1:\d+\//

/** The rebuild times in ms, the `dev` process' peak memory in KiB, and a note when it did not stop cleanly. */
export type RebuildFigures =
  | { skipped: string }
  | { ms: number[]; maxRssKiB: number | undefined; stopNote: string | undefined }

/** How a child process ended. */
interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** A `dev` child with what it printed so far and how it ended. */
interface DevProcess {
  child: ChildProcess
  stderr: () => string
  exit: Promise<Exit>
  exited: () => boolean
}

/**
 * Run `postdeck dev <corpus> --out <outDir>` from `workspace`, edit `runs`
 * posts of `slugs` one after the other, and time each rebuild; skipped when
 * this postdeck has no `dev` command.
 */
export async function benchRebuild(
  workspace: string,
  corpus: string,
  slugs: readonly string[],
  runs: number,
  outDir: string,
): Promise<RebuildFigures> {
  const args = ['dev', corpus, '--out', outDir, '--port', '0', '--no-verify']
  const dev = startDev(postdeckArgs(args), workspace)
  const ms: number[] = []
  try {
    const skip = await waitForServer(dev)
    if (skip !== undefined) return { skipped: skip }
    const middle = Math.floor(slugs.length / 2)
    for (let index = 0; index < runs; index++) {
      const slug = slugs[(middle + index) % slugs.length]
      if (slug === undefined) throw new Error('the corpus has no posts')
      await sleep(settleMs)
      const source = path.join(workspace, corpus, 'posts', slug, 'index.md')
      ms.push(await timeEdit(dev, source, pagePath(outDir, slug)))
    }
  } catch (error) {
    const note = await stopDev(dev)
    throw note === undefined ? error : new Error(`${note} after a failure`, { cause: error })
  }
  const stopNote = await stopDev(dev)
  return { ms, maxRssKiB: readMaxRss(dev.stderr()).maxRssKiB, stopNote }
}

function startDev(args: string[], cwd: string): DevProcess {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  let exited = false
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const exit = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true
      resolve({ code, signal })
    })
  })
  return { child, stderr: () => stderr, exit, exited: () => exited }
}

/** Wait until `dev` serves its first build; the reason to skip when it has no `dev` command. */
async function waitForServer(dev: DevProcess): Promise<string | undefined> {
  const deadline = performance.now() + startTimeoutMs
  while (!serverLine.test(dev.stderr())) {
    if (dev.exited()) {
      const ended = await dev.exit
      const { stderr } = readMaxRss(dev.stderr())
      const unknown = stderr.split('\n').find((line) => line.includes('Unknown command'))
      if (ended.code === 2 && unknown !== undefined) return `postdeck dev not available: ${unknown}`
      throw new Error(`postdeck dev exited (${status(ended)}) before serving its build\n${stderr}`)
    }
    if (performance.now() > deadline) {
      throw new Error(
        `postdeck dev did not serve its build within ${startTimeoutMs / 1000} s\n${dev.stderr()}`,
      )
    }
    await sleep(20)
  }
  return undefined
}

/** Append a marker paragraph to the post `source` and time until `page` on disk shows it. */
async function timeEdit(dev: DevProcess, source: string, page: string): Promise<number> {
  const marker = `postdeckbench${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`
  if (!(await readFile(page, 'utf8')).includes('</html>')) {
    throw new Error(`${page} is not a page before the edit`)
  }
  const started = performance.now()
  await appendFile(source, `\n\n${marker}\n`)
  for (;;) {
    const text = await readFile(page, 'utf8').catch(() => '')
    const elapsed = performance.now() - started
    if (text.includes(marker)) return elapsed
    if (dev.exited()) {
      const ended = await dev.exit
      throw new Error(
        `postdeck dev exited (${status(ended)}) after ${source} was edited\n${dev.stderr()}`,
      )
    }
    if (elapsed > rebuildTimeoutMs) {
      throw new Error(
        `${page} did not show the edit of ${source} within ${rebuildTimeoutMs / 1000} s`,
      )
    }
    await sleep(pollMs)
  }
}

/** Stop `dev` with SIGINT, killing it if it does not exit in time; a note unless it exits cleanly. */
async function stopDev(dev: DevProcess): Promise<string | undefined> {
  if (dev.exited()) return undefined
  dev.child.kill('SIGINT')
  const ended = await Promise.race([dev.exit, sleep(stopTimeoutMs, undefined, { ref: false })])
  if (ended === undefined) {
    dev.child.kill('SIGKILL')
    await dev.exit
    return `postdeck dev did not exit within ${stopTimeoutMs / 1000} s of SIGINT and was killed`
  }
  return ended.code === 0 || ended.code === 130
    ? undefined
    : `postdeck dev exited with ${status(ended)} on SIGINT`
}

function status(ended: Exit): string {
  return ended.code === null ? `signal ${ended.signal}` : `code ${ended.code}`
}
