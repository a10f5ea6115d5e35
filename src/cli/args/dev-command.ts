import { flagValue, type OptionTable, type OptionValues, textValue } from './option-spec.js'
import type { PostsCommand } from './shared-options.js'
import { readThreads, threadsOption } from './threads-option.js'
import { usageError } from './usage-error.js'

/** `postdeck dev`: the live site. */
export interface DevCommand extends PostsCommand {
  name: 'dev'
  /** Output folder; `undefined` for the project's cache folder. */
  outDir: string | undefined
  verify: boolean
  threads: number | undefined
  /** Port to serve on; `undefined` for the first free one from the default. */
  port: number | undefined
}

/** The port `postdeck dev` tries first. */
export const defaultDevPort = 4400

/** The options of `postdeck dev` alone, in the order of the help. */
export const devOptions = {
  out: {
    type: 'string',
    value: 'DIR',
    help: 'output folder (default: node_modules/.cache/postdeck/dev)',
  },
  verify: {
    type: 'boolean',
    flag: '--no-verify',
    help: 'do not verify samples in the background',
  },
  threads: threadsOption,
  port: {
    type: 'string',
    value: 'N',
    help: 'port on 127.0.0.1 (default: 4400, or the next free one)',
  },
} as const satisfies OptionTable

/** `postdeck dev` with the shared options `common`. */
export function readDevCommand(common: PostsCommand, values: OptionValues): DevCommand {
  const threads = readThreads(values)
  const port = textValue(values, 'port')
  return {
    ...common,
    name: 'dev',
    outDir: textValue(values, 'out'),
    verify: flagValue(values, 'verify') ?? true,
    threads,
    port: port === undefined ? undefined : portNumber(port),
  }
}

function portNumber(text: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw usageError(`\`--port\` needs a port number from 0 to 65535, not \`${text}\``)
  }
  return port
}
