/**
 * postdeck's compiled CLI (`lib/cli/bin.js`, so `npm run compile` first) as
 * the bench runs it: a child `node` process with `report-max-rss.mjs`
 * preloaded, whose peak resident memory is read back from its stderr.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runCommand } from './run-command.js'

const bin = path.join(import.meta.dirname, '..', 'lib', 'cli', 'bin.js')
const preload = pathToFileURL(path.join(import.meta.dirname, 'report-max-rss.mjs')).href
const maxRssLine = /^postdeck-bench max-rss-kib=(\d+)\n?/m

/** A finished postdeck run: wall time, peak resident memory and stderr (without the memory line). */
export interface PostdeckRun {
  ms: number
  maxRssKiB: number
  stderr: string
}

/** The `node` arguments that run `postdeck <args>`, with `nodeOptions` before the script. */
export function postdeckArgs(
  args: readonly string[],
  nodeOptions: readonly string[] = [],
): string[] {
  return [...nodeOptions, '--import', preload, bin, ...args]
}

/** Take the peak memory line out of a postdeck run's stderr; `maxRssKiB` is undefined without one. */
export function readMaxRss(stderr: string): { maxRssKiB: number | undefined; stderr: string } {
  const match = maxRssLine.exec(stderr)
  return {
    maxRssKiB: match ? Number(match[1]) : undefined,
    stderr: stderr.replace(maxRssLine, '').trimEnd(),
  }
}

/** Run `postdeck <args>` from `cwd` to its end; rejects unless it exits with 0 and reports its memory. */
export async function runPostdeck(
  args: readonly string[],
  cwd: string,
  nodeOptions: readonly string[] = [],
): Promise<PostdeckRun> {
  const result = await runCommand(process.execPath, postdeckArgs(args, nodeOptions), { cwd })
  const { maxRssKiB, stderr } = readMaxRss(result.stderr)
  if (maxRssKiB === undefined) throw new Error(`postdeck ${args.join(' ')} reported no peak memory`)
  return { ms: result.ms, maxRssKiB, stderr }
}
