import { parseArgs } from 'node:util'
import type { Shard } from '../verify/verify-posts.js'
import { CliError, exitCodes } from './cli-error.js'

/** Formats `postdeck verify` reports in. */
export const reporters = ['pretty', 'json', 'junit', 'github'] as const

/** A report format. */
export type ReporterName = (typeof reporters)[number]

/** Options shared by `build` and `verify`. */
interface PostsCommand {
  paths: string[]
  drafts: boolean
  /** Use the sample cache. */
  cache: boolean
  /** Default seconds before a sample is killed. */
  timeoutSeconds: number | undefined
}

/** What the user asked for on the command line. */
export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | (PostsCommand & {
      name: 'build'
      outDir: string
      verify: boolean
      pdf: boolean
      /** Render every post, even those the build cache has unchanged. */
      force: boolean
      /** Worker threads; `undefined` lets the build decide. */
      threads: number | undefined
    })
  | (PostsCommand & {
      name: 'verify'
      reporter: ReporterName
      output: string | undefined
      explain: boolean
      shard: Shard | undefined
    })

/** Usage text of `postdeck --help`. */
export const usage = `Usage:
  postdeck build [paths...] [options]    build a page and a deck for every post
  postdeck verify [paths...] [options]   check that every code sample prints what its post says

Arguments:
  paths                 post files, folders of posts, or content folders (default: content)

Options:
  --drafts              include posts marked draft: true
  --timeout SECONDS     default time a sample may run (default: 10)
  --no-cache            use no cache: run every sample and render every post
  -h, --help            show this help
  -v, --version         show the version

build:
  --out DIR             output folder, replaced whole on success (default: dist)
  --no-verify           do not run the code samples
  --pdf                 also print each deck to slides.pdf (needs Chromium)
  --force               render every post, even those unchanged since the last build
  --threads N           worker threads for reading and rendering (default: some
                        for 100 posts or more, 0 below)

verify:
  --reporter NAME       pretty (default), json, junit or github
  --output FILE         write the report to FILE instead of standard output
  --explain             show what each sample was paired with, and why
  --shard I/N           verify part I of N (for CI jobs side by side)

Exit codes: 0 done, 1 content has errors or a sample failed, 2 bad usage, 130 interrupted.`

/** Read `argv` (without `node` and the script); throws a `CliError` on bad usage. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseOptions>
  try {
    parsed = parseOptions(argv)
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error), error)
  }
  const { values, positionals } = parsed
  if (values.help) return { name: 'help' }
  if (values.version) return { name: 'version' }
  const [name, ...paths] = positionals
  if (name !== 'build' && name !== 'verify') {
    throw usageError(name === undefined ? 'Missing command' : `Unknown command \`${name}\``)
  }
  const common: PostsCommand = {
    paths: paths.length > 0 ? paths : ['content'],
    drafts: values.drafts ?? false,
    cache: values.cache ?? true,
    timeoutSeconds:
      values.timeout === undefined ? undefined : positiveNumber('--timeout', values.timeout),
  }
  const only = (option: string, command: string) => {
    throw usageError(`\`${option}\` is an option of \`postdeck ${command}\``)
  }
  if (name === 'build') {
    if (values.reporter !== undefined) only('--reporter', 'verify')
    if (values.output !== undefined) only('--output', 'verify')
    if (values.shard !== undefined) only('--shard', 'verify')
    if (values.explain !== undefined) only('--explain', 'verify')
    return {
      ...common,
      name,
      outDir: values.out ?? 'dist',
      verify: values.verify ?? true,
      pdf: values.pdf ?? false,
      force: values.force ?? false,
      threads: values.threads === undefined ? undefined : threadCount(values.threads),
    }
  }
  if (values.out !== undefined) only('--out', 'build')
  if (values.verify !== undefined) only('--no-verify', 'build')
  if (values.pdf !== undefined) only('--pdf', 'build')
  if (values.force !== undefined) only('--force', 'build')
  if (values.threads !== undefined) only('--threads', 'build')
  const reporter = values.reporter ?? 'pretty'
  if (!isReporter(reporter)) {
    throw usageError(`Unknown reporter \`${reporter}\`: use ${reporters.join(', ')}`)
  }
  return {
    ...common,
    name,
    reporter,
    output: values.output,
    explain: values.explain ?? false,
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
  }
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    allowNegative: true,
    options: {
      out: { type: 'string' },
      drafts: { type: 'boolean' },
      verify: { type: 'boolean' },
      pdf: { type: 'boolean' },
      force: { type: 'boolean' },
      threads: { type: 'string' },
      cache: { type: 'boolean' },
      timeout: { type: 'string' },
      reporter: { type: 'string' },
      output: { type: 'string' },
      explain: { type: 'boolean' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

function threadCount(text: string): number {
  const count = Number(text)
  if (!Number.isInteger(count) || count < 0) {
    throw usageError(`\`--threads\` needs a whole number, 0 or more, not \`${text}\``)
  }
  return count
}

function isReporter(name: string): name is ReporterName {
  return (reporters as readonly string[]).includes(name)
}

function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw usageError(`\`--shard ${text}\` must be I/N with 1 ≤ I ≤ N, such as 1/3`)
  }
  return { index, count }
}

function positiveNumber(option: string, text: string): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0)
    throw usageError(`\`${option}\` needs a positive number, not \`${text}\``)
  return value
}

function usageError(reason: string, cause?: unknown): CliError {
  return new CliError(`${reason}\n\n${usage}`, exitCodes.usageError, { cause })
}
