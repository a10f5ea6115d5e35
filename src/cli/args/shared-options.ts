import type { SandboxMode } from '../../verify/run/sandbox.js'
import { flagValue, type OptionTable, type OptionValues, textValue } from './option-spec.js'
import { usageError } from './usage-error.js'

/** How much the terminal is told. */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

/** Options shared by every command that reads posts. */
export interface PostsCommand {
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

/** The options every command that reads posts takes, in the order of the help. */
export const sharedOptions = {
  drafts: { type: 'boolean', help: 'include posts marked draft: true' },
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
} as const satisfies OptionTable

/** The shared options of a command reading `paths` (`content` when none). */
export function readPostsCommand(values: OptionValues, paths: readonly string[]): PostsCommand {
  const flag = (option: keyof typeof sharedOptions) => flagValue(values, option)
  if (flag('quiet') && flag('verbose')) {
    throw usageError('`--quiet` and `--verbose` cannot go together')
  }
  const timeout = textValue(values, 'timeout')
  const sandbox = textValue(values, 'sandbox')
  return {
    paths: paths.length > 0 ? [...paths] : ['content'],
    drafts: flag('drafts') ?? false,
    cache: flag('cache') ?? true,
    cacheDir: textValue(values, 'cache-dir'),
    timeoutSeconds: timeout === undefined ? undefined : positiveNumber('--timeout', timeout),
    sandbox: sandbox === undefined ? undefined : sandboxMode(sandbox),
    verbosity: flag('quiet') ? 'quiet' : flag('verbose') ? 'verbose' : 'normal',
    color: flag('color'),
  }
}

function positiveNumber(option: string, text: string): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0)
    throw usageError(`\`${option}\` needs a positive number, not \`${text}\``)
  return value
}

const sandboxModes: readonly SandboxMode[] = ['required', 'auto', 'off']

function sandboxMode(text: string): SandboxMode {
  const mode = sandboxModes.find((name) => name === text)
  if (!mode) throw usageError(`\`--sandbox\` is one of ${sandboxModes.join(', ')}, not \`${text}\``)
  return mode
}
