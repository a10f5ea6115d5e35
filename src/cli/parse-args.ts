import { parseArgs } from 'node:util'
import type { SandboxMode } from '../verify/sandbox.js'
import type { Shard } from '../verify/verify-posts.js'
import { CliError, exitCodes } from './cli-error.js'

/** Formats `postdeck verify` reports in. */
export const reporters = ['pretty', 'json', 'junit', 'github'] as const

/** A report format. */
export type ReporterName = (typeof reporters)[number]

/** Options shared by every command that reads posts. */
interface PostsCommand {
  paths: string[]
  drafts: boolean
  /** Use the sample cache. */
  cache: boolean
  /** Default seconds before a sample is killed. */
  timeoutSeconds: number | undefined
  /** Whether samples run in a sandbox; `undefined` leaves it to the config (default `auto`). */
  sandbox: SandboxMode | undefined
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
      /** Threads that read and render posts; `undefined` lets the build decide. */
      threads: number | undefined
    })
  | (PostsCommand & {
      name: 'dev'
      /** Output folder; `undefined` for the project's cache folder. */
      outDir: string | undefined
      verify: boolean
      threads: number | undefined
      /** Port to serve on; `undefined` for the first free one from the default. */
      port: number | undefined
    })
  | (PostsCommand & {
      name: 'verify'
      reporter: ReporterName
      output: string | undefined
      explain: boolean
      shard: Shard | undefined
      /** Write the real outputs into the posts (`--update`). */
      update: boolean
    })

/** Usage text of `postdeck --help`. */
export const usage = `Usage:
  postdeck build [paths...] [options]    build a page and a deck for every post
  postdeck dev [paths...] [options]      serve the site, rebuild what changes, reload the browser
  postdeck verify [paths...] [options]   check that every code sample prints what its post says

Arguments:
  paths                 post files, folders of posts, or content folders (default: content)

Options:
  --drafts              include posts marked draft: true
  --timeout SECONDS     default time a sample may run (default: 10)
  --no-cache            use no cache: run every sample and render every post
  --sandbox MODE        run samples in a sandbox: auto (default: where the OS allows),
                        required (fail where it cannot), off
  -h, --help            show this help
  -v, --version         show the version

build:
  --out DIR             output folder, replaced whole on success (default: dist)
  --no-verify           do not run the code samples
  --pdf                 also print each deck to slides.pdf (needs Chromium)
  --force               render every post, even those unchanged since the last build
  --threads N           threads that read and render posts, this one included
                        (default: one per core, up to 4, for 100 posts or more to read)

dev:
  --port N              port on 127.0.0.1 (default: 4400, or the next free one)
  --out DIR             output folder (default: node_modules/.cache/postdeck/dev)
  --no-verify           do not verify samples in the background
  --threads N           as for build

verify:
  --reporter NAME       pretty (default), json, junit or github
  --output FILE         write the report to FILE instead of standard output
  --explain             show what each sample was paired with, and why
  --shard I/N           verify part I of N (for CI jobs side by side)
  --update              write the real outputs into the posts where they differ,
                        and print the diff applied instead of a report

Exit codes: 0 done (and dev stopped with Ctrl-C), 1 content has errors or a sample failed,
2 bad usage, 130 interrupted.`

/** The options of each command besides those every one takes. */
const commandOptions = {
  build: ['out', 'verify', 'pdf', 'force', 'threads'],
  dev: ['out', 'verify', 'threads', 'port'],
  verify: ['reporter', 'output', 'explain', 'shard', 'update'],
} as const

type CommandName = keyof typeof commandOptions

/** The port `postdeck dev` tries first. */
export const defaultDevPort = 4400

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
  if (!isCommandName(name)) {
    throw usageError(name === undefined ? 'Missing command' : `Unknown command \`${name}\``)
  }
  for (const [option, value] of Object.entries(values)) {
    const owners = commandNames.filter((command) =>
      (commandOptions[command] as readonly string[]).includes(option),
    )
    if (value !== undefined && owners.length > 0 && !owners.includes(name)) {
      const flag = option === 'verify' ? '--no-verify' : `--${option}`
      throw usageError(
        `\`${flag}\` is an option of ${owners.map((owner) => `\`postdeck ${owner}\``).join(' and ')}`,
      )
    }
  }
  const common: PostsCommand = {
    paths: paths.length > 0 ? paths : ['content'],
    drafts: values.drafts ?? false,
    cache: values.cache ?? true,
    timeoutSeconds:
      values.timeout === undefined ? undefined : positiveNumber('--timeout', values.timeout),
    sandbox: values.sandbox === undefined ? undefined : sandboxMode(values.sandbox),
  }
  const threads = values.threads === undefined ? undefined : threadCount(values.threads)
  if (name === 'build') {
    return {
      ...common,
      name,
      outDir: values.out ?? 'dist',
      verify: values.verify ?? true,
      pdf: values.pdf ?? false,
      force: values.force ?? false,
      threads,
    }
  }
  if (name === 'dev') {
    return {
      ...common,
      name,
      outDir: values.out,
      verify: values.verify ?? true,
      threads,
      port: values.port === undefined ? undefined : portNumber(values.port),
    }
  }
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
    update: values.update ?? false,
  }
}

const commandNames = Object.keys(commandOptions) as CommandName[]

function isCommandName(name: string | undefined): name is CommandName {
  return commandNames.some((command) => command === name)
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
      port: { type: 'string' },
      cache: { type: 'boolean' },
      timeout: { type: 'string' },
      sandbox: { type: 'string' },
      reporter: { type: 'string' },
      output: { type: 'string' },
      explain: { type: 'boolean' },
      shard: { type: 'string' },
      update: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

function threadCount(text: string): number {
  const count = Number(text)
  if (!Number.isInteger(count) || count < 1) {
    throw usageError(`\`--threads\` needs a whole number, 1 or more, not \`${text}\``)
  }
  return count
}

function portNumber(text: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw usageError(`\`--port\` needs a port number from 0 to 65535, not \`${text}\``)
  }
  return port
}

const sandboxModes: readonly SandboxMode[] = ['required', 'auto', 'off']

function sandboxMode(text: string): SandboxMode {
  const mode = sandboxModes.find((name) => name === text)
  if (!mode) throw usageError(`\`--sandbox\` is one of ${sandboxModes.join(', ')}, not \`${text}\``)
  return mode
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
