/**
 * postdeck's compiled CLI (`lib/cli/bin.js`, so `npm run compile` first) as
 * the bench runs it: a child `node` process with `report-max-rss.mjs`
 * preloaded, whose peak resident memory is read back from its stderr.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runCommand } from './run-command.js'

const bin = path.join(import.meta.dirname, '..', 'lib', 'cli', 'bin.js')
/** The same command from the unbundled modules, for profiles that name packages. */
const unbundled = path.join(import.meta.dirname, 'unbundled-cli.mjs')
const preload = pathToFileURL(path.join(import.meta.dirname, 'report-max-rss.mjs')).href
const maxRssLine = /^postdeck-bench max-rss-kib=(\d+)\n?/m

/** A finished postdeck run: wall time, peak resident memory and stderr (without the memory line). */
export interface PostdeckRun {
  ms: number
  maxRssKiB: number
  stderr: string
}

/** How to run postdeck: `node` options before the script, and whether to run its unbundled modules. */
export interface RunOptions {
  nodeOptions?: readonly string[]
  unbundled?: boolean
}

/** The `node` arguments that run `postdeck <args>`. */
export function postdeckArgs(
  args: readonly string[],
  { nodeOptions = [], unbundled: fromModules = false }: RunOptions = {},
): string[] {
  return [...nodeOptions, '--import', preload, fromModules ? unbundled : bin, ...args]
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
  options: RunOptions = {},
): Promise<PostdeckRun> {
  const result = await runCommand(process.execPath, postdeckArgs(args, options), { cwd })
  const { maxRssKiB, stderr } = readMaxRss(result.stderr)
  if (maxRssKiB === undefined) throw new Error(`postdeck ${args.join(' ')} reported no peak memory`)
  return { ms: result.ms, maxRssKiB, stderr }
}
