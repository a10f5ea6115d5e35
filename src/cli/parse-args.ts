import { parseArgs } from 'node:util'
import { nearestName } from '../nearest-name.js'
import type { SandboxMode } from '../verify/run/sandbox.js'
import type { Shard } from '../verify/verify-posts.js'
import { CliError, exitCodes } from './cli-error.js'

/** Formats `postdeck verify` reports in. */
export const reporters = ['pretty', 'json', 'junit', 'github'] as const

/** A report format. */
export type ReporterName = (typeof reporters)[number]

/** A report to make: its format, and the file to write it to (standard output when absent). */
export interface ReporterChoice {
  name: ReporterName
  file: string | undefined
}

/** How much the terminal is told. */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

/** Options shared by every command that reads posts. */
interface PostsCommand {
  paths: string[]
  drafts: boolean
  /** Use the sample and build caches. */
  cache: boolean
  /** Folder of those caches; `undefined` for `POSTDECK_CACHE_DIR`, else the project's. */
  cacheDir: string | undefined
  /** Default seconds before a sample is killed. */
  timeoutSeconds: number | undefined
  /** Whether samples run in a sandbox; `undefined` leaves it to the config (default `auto`). */
  sandbox: SandboxMode | undefined
  verbosity: Verbosity
  /** `--color` or `--no-color`; `undefined` to decide from the terminal and the environment. */
  color: boolean | undefined
}

/** What the user asked for on the command line. */
export type Command =
  | { name: 'help'; topic: CommandName | undefined }
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
      /** The reports to make, each to standard output or its own file. */
      reporters: ReporterChoice[]
      explain: boolean
      shard: Shard | undefined
      /** Write the real outputs into the posts (`--update`). */
      update: boolean
    })

/** The commands that read posts, and what each does. */
const commands = {
  build: 'build a page and a deck for every post',
  dev: 'serve the site, rebuild what changes, reload the browser',
  verify: 'check that every code sample prints what its post says',
} as const

/** A command that reads posts. */
export type CommandName = keyof typeof commands

/** Commands that read nothing. */
const otherCommands = {
  help: 'show this help, or a command’s: postdeck help build',
  version: 'show the version',
} as const

interface OptionSpec {
  type: 'string' | 'boolean'
  /** The commands that take it; all three when absent. */
  commands?: readonly CommandName[]
  /** Name of its value in the help. */
  value?: string
  /** How it shows in the help when not `--name` (a negated boolean). */
  flag?: string
  short?: string
  multiple?: boolean
  help: string | Partial<Record<CommandName, string>>
}

/** Every option: what it takes, which commands take it, and its help. */
const options = {
  out: {
    type: 'string',
    commands: ['build', 'dev'],
    value: 'DIR',
    help: {
      build: 'output folder, replaced whole on success (default: dist)',
      dev: 'output folder (default: node_modules/.cache/postdeck/dev)',
    },
  },
  drafts: { type: 'boolean', help: 'include posts marked draft: true' },
  verify: {
    type: 'boolean',
    commands: ['build', 'dev'],
    flag: '--no-verify',
    help: {
      build: 'do not run the code samples',
      dev: 'do not verify samples in the background',
    },
  },
  pdf: {
    type: 'boolean',
    commands: ['build'],
    help: 'also print each changed deck to slides.pdf (needs Chromium)',
  },
  force: {
    type: 'boolean',
    commands: ['build'],
    help: 'render every post, even those unchanged since the last build',
  },
  threads: {
    type: 'string',
    commands: ['build', 'dev'],
    value: 'N',
    help: 'threads that read and render posts, this one included (default: one per core, up to 4, for 100 posts or more to read)',
  },
  port: {
    type: 'string',
    commands: ['dev'],
    value: 'N',
    help: 'port on 127.0.0.1 (default: 4400, or the next free one)',
  },
  timeout: {
    type: 'string',
    value: 'SECONDS',
    help: 'default time a sample may run (default: 10)',
  },
  cache: {
    type: 'boolean',
    flag: '--no-cache',
    help: 'use no cache: run every sample and render every post',
  },
  sandbox: {
    type: 'string',
    value: 'MODE',
    help: 'run samples in a sandbox: auto (default: where the OS allows), required (fail where it cannot), off',
  },
  'cache-dir': {
    type: 'string',
    value: 'DIR',
    help: 'folder of the sample and build caches (default: $POSTDECK_CACHE_DIR, else node_modules/.cache/postdeck)',
  },
  reporter: {
    type: 'string',
    commands: ['verify'],
    value: 'NAME[:FILE]',
    multiple: true,
    help: 'pretty (default), json, junit or github, to FILE if given; repeat for several reports',
  },
  output: {
    type: 'string',
    commands: ['verify'],
    value: 'FILE',
    help: 'write the report (of the one --reporter without a FILE) to FILE',
  },
  explain: {
    type: 'boolean',
    commands: ['verify'],
    help: 'show what each sample was paired with, and why',
  },
  shard: {
    type: 'string',
    commands: ['verify'],
    value: 'I/N',
    help: 'verify part I of N (for CI jobs side by side)',
  },
  update: {
    type: 'boolean',
    commands: ['verify'],
    help: 'write the real outputs into the posts where they differ, and print the diff applied instead of a report',
  },
  quiet: { type: 'boolean', short: 'q', help: 'print only errors, failures and the last line' },
  verbose: {
    type: 'boolean',
    help: 'also print every post as it is rendered, and every warning in full',
  },
  color: {
    type: 'boolean',
    help: 'colour the output, or not with --no-color (default: on a terminal, unless NO_COLOR is set)',
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'show the version' },
} as const satisfies Record<string, OptionSpec>

type OptionName = keyof typeof options

/** The port `postdeck dev` tries first. */
export const defaultDevPort = 4400

const exitCodesText = `Exit codes: 0 done (and dev stopped with Ctrl-C), 1 content has errors or a sample failed,
2 bad usage, 130 interrupted.`

/** Usage text of `postdeck --help`. */
export const usage = [
  'Usage:',
  ...Object.entries(commands).map(([name, about]) =>
    `  postdeck ${name} [paths...] [options]`.padEnd(42).concat(about),
  ),
  ...Object.entries(otherCommands).map(([name, about]) =>
    `  postdeck ${name}`.padEnd(42).concat(about),
  ),
  '',
  'Run `postdeck <command> --help` for the options of each.',
  '',
  exitCodesText,
].join('\n')

/** Usage text of `postdeck <command> --help`. */
export function commandUsage(command: CommandName): string {
  const rows = optionNames
    .filter((name) => takes(command, name))
    .map((name) => {
      const spec: OptionSpec = options[name]
      const flag = [spec.short ? `-${spec.short}, ` : '', spec.flag ?? `--${name}`].join('')
      const left = spec.value ? `${flag} ${spec.value}` : flag
      const help = typeof spec.help === 'string' ? spec.help : (spec.help[command] ?? '')
      return `  ${left.padEnd(24)}${help}`
    })
  return [
    `Usage: postdeck ${command} [paths...] [options]`,
    '',
    `${commands[command][0]?.toUpperCase()}${commands[command].slice(1)}.`,
    '',
    'Arguments:',
    `  ${'paths'.padEnd(24)}post files, folders of posts, or content folders (default: content)`,
    '',
    'Options:',
    ...rows,
    '',
    exitCodesText,
  ].join('\n')
}

const optionNames = Object.keys(options) as OptionName[]
const commandNames = Object.keys(commands) as CommandName[]

function takes(command: CommandName, option: OptionName): boolean {
  const spec: OptionSpec = options[option]
  return spec.commands === undefined || spec.commands.includes(command)
}

/** Read `argv` (without `node` and the script); throws a `CliError` on bad usage. */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    allowNegative: true,
    strict: false,
    tokens: true,
  })
  const [name, ...paths] = positionals
  const command = commandNames.find((known) => known === name)
  if (name === 'help' || (values.help === true && command === undefined)) {
    const topic = commandNames.find((known) => known === paths[0])
    if (name === 'help' && paths[0] !== undefined && !topic) throw unknownCommand(paths[0])
    return { name: 'help', topic }
  }
  if (name === 'version' || (values.version === true && command === undefined)) {
    return { name: 'version' }
  }
  if (command === undefined) {
    if (name === undefined)
      throw usageError('Missing command; run `postdeck --help` for the commands')
    throw unknownCommand(name)
  }
  checkTokens(command, tokens)
  if (values.help === true) return { name: 'help', topic: command }
  if (values.version === true) return { name: 'version' }

  const text = (option: OptionName) => {
    const value = values[option]
    return typeof value === 'string' ? value : undefined
  }
  const flag = (option: OptionName) => {
    const value = values[option]
    return typeof value === 'boolean' ? value : undefined
  }
  if (flag('quiet') && flag('verbose')) {
    throw usageError('`--quiet` and `--verbose` cannot go together')
  }
  const timeout = text('timeout')
  const sandboxText = text('sandbox')
  const common: PostsCommand = {
    paths: paths.length > 0 ? paths : ['content'],
    drafts: flag('drafts') ?? false,
    cache: flag('cache') ?? true,
    cacheDir: text('cache-dir'),
    timeoutSeconds: timeout === undefined ? undefined : positiveNumber('--timeout', timeout),
    sandbox: sandboxText === undefined ? undefined : sandboxMode(sandboxText),
    verbosity: flag('quiet') ? 'quiet' : flag('verbose') ? 'verbose' : 'normal',
    color: flag('color'),
  }
  const threadsText = text('threads')
  const threads = threadsText === undefined ? undefined : threadCount(threadsText)
  if (command === 'build') {
    return {
      ...common,
      name: command,
      outDir: text('out') ?? 'dist',
      verify: flag('verify') ?? true,
      pdf: flag('pdf') ?? false,
      force: flag('force') ?? false,
      threads,
    }
  }
  if (command === 'dev') {
    const port = text('port')
    return {
      ...common,
      name: command,
      outDir: text('out'),
      verify: flag('verify') ?? true,
      threads,
      port: port === undefined ? undefined : portNumber(port),
    }
  }
  const shard = text('shard')
  return {
    ...common,
    name: command,
    reporters: reporterChoices(
      (values.reporter ?? []).filter((value) => typeof value === 'string'),
      text('output'),
    ),
    explain: flag('explain') ?? false,
    update: flag('update') ?? false,
    shard: shard === undefined ? undefined : parseShard(shard),
  }
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number]

/** Refuse unknown options (suggesting the nearest one), options of another command, and missing or stray values. */
function checkTokens(command: CommandName, tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const negated = !(token.name in options) && token.name.startsWith('no-')
    const option = optionNames.find(
      (known) => known === (negated ? token.name.slice(3) : token.name),
    )
    if (option === undefined || (negated && options[option].type !== 'boolean')) {
      throw usageError(
        `Unknown option \`${token.rawName}\`${suggestion(command, token.rawName)}; see \`postdeck ${command} --help\``,
      )
    }
    if (!takes(command, option)) {
      const spec: OptionSpec = options[option]
      const owners = (spec.commands ?? []).map((owner) => `\`postdeck ${owner}\``).join(' and ')
      throw usageError(`\`${token.rawName}\` is an option of ${owners}`)
    }
    if (options[option].type === 'string' && token.value === undefined) {
      throw usageError(
        `\`${token.rawName}\` needs a value: ${token.rawName} ${(options[option] as OptionSpec).value ?? 'VALUE'}`,
      )
    }
    if (options[option].type === 'boolean' && token.value !== undefined) {
      throw usageError(`\`${token.rawName}\` takes no value`)
    }
  }
}

/** ` (did you mean \`--out\`?)` for the option of `command` nearest to `flag`, if one is near. */
function suggestion(command: CommandName, flag: string): string {
  const candidates = optionNames
    .filter((name) => takes(command, name))
    .flatMap((name) => {
      const spec: OptionSpec = options[name]
      return spec.type === 'boolean' ? [`--${name}`, `--no-${name}`] : [`--${name}`]
    })
  const nearest = nearestName(flag, candidates)
  return nearest ? ` (did you mean \`${nearest}\`?)` : ''
}

function unknownCommand(name: string): CliError {
  const nearest = nearestName(name, [...commandNames, ...Object.keys(otherCommands)])
  const hint = nearest ? ` (did you mean \`${nearest}\`?)` : ''
  return usageError(`Unknown command \`${name}\`${hint}; run \`postdeck --help\` for the commands`)
}

function reporterChoices(values: readonly string[], output: string | undefined): ReporterChoice[] {
  const choices = (values.length > 0 ? values : ['pretty']).map((value): ReporterChoice => {
    const colon = value.indexOf(':')
    const name = colon === -1 ? value : value.slice(0, colon)
    const file = colon === -1 ? undefined : value.slice(colon + 1)
    if (!isReporter(name)) {
      const nearest = nearestName(name, reporters)
      throw usageError(
        `Unknown reporter \`${name}\`${nearest ? ` (did you mean \`${nearest}\`?)` : ''}: use ${reporters.join(', ')}`,
      )
    }
    if (file === '') throw usageError(`\`--reporter ${value}\` names no file after the colon`)
    return { name, file }
  })
  const toStdout = choices.filter((choice) => choice.file === undefined)
  if (output !== undefined) {
    const [only, ...others] = toStdout
    if (!only || others.length > 0) {
      throw usageError('`--output` needs exactly one `--reporter` without a file of its own')
    }
    only.file = output
  } else if (toStdout.length > 1) {
    throw usageError(
      `Only one report can go to standard output; give the others a file, as in \`--reporter ${toStdout[1]?.name}:reports/verify.${toStdout[1]?.name === 'junit' ? 'xml' : 'txt'}\``,
    )
  }
  return choices
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

/** A usage error: one line, exit code 2. */
function usageError(reason: string, cause?: unknown): CliError {
  return new CliError(reason, exitCodes.usageError, { cause })
}

const sandboxModes: readonly SandboxMode[] = ['required', 'auto', 'off']

function sandboxMode(text: string): SandboxMode {
  const mode = sandboxModes.find((name) => name === text)
  if (!mode) throw usageError(`\`--sandbox\` is one of ${sandboxModes.join(', ')}, not \`${text}\``)
  return mode
}
