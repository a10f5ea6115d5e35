import { buildOptions } from './build-command.js'
import { devOptions } from './dev-command.js'
import type { OptionSpec, OptionTable } from './option-spec.js'
import { sharedOptions } from './shared-options.js'
import { verifyOptions } from './verify-command.js'

/** The commands that read posts, and what each does. */
export const commands = {
  build: 'build a page and a deck for every post',
  dev: 'serve the site, rebuild what changes, reload the browser',
  verify: 'check that every code sample prints what its post says',
} as const

/** A command that reads posts. */
export type CommandName = keyof typeof commands

/** Commands that read nothing. */
export const otherCommands = {
  help: 'show this help, or a command’s: postdeck help build',
  version: 'show the version',
} as const

/** The names of the commands that read posts. */
export const commandNames = Object.keys(commands) as CommandName[]

/** Each command's options: its own, then the shared ones, in the order of its help. */
export const commandOptions: Record<CommandName, OptionTable> = {
  build: { ...buildOptions, ...sharedOptions },
  dev: { ...devOptions, ...sharedOptions },
  verify: { ...verifyOptions, ...sharedOptions },
}

/**
 * Every option of every command, for `parseArgs`.
 * Note: an option two commands take (`--out`) reads alike in both; only its help differs.
 */
export const allOptions: Readonly<Record<string, OptionSpec>> = Object.assign(
  {},
  ...commandNames.map((name) => commandOptions[name]),
)

/** Whether `command` takes the option `option`. */
export function takes(command: CommandName, option: string): boolean {
  return Object.hasOwn(commandOptions[command], option)
}
