import { parseArgs } from 'node:util'
import { type BuildCommand, readBuildCommand } from './args/build-command.js'
import { checkTokens, unknownCommand } from './args/check-tokens.js'
import { allOptions, type CommandName, commandNames } from './args/command-list.js'
import { type DevCommand, readDevCommand } from './args/dev-command.js'
import { readPostsCommand } from './args/shared-options.js'
import { usageError } from './args/usage-error.js'
import { readVerifyCommand, type VerifyCommand } from './args/verify-command.js'

// Note: what the rest of cli/ reads of the command line, from one module.
export { defaultDevPort } from './args/dev-command.js'
export { commandUsage, usage } from './args/usage.js'
export type { ReporterName } from './args/verify-command.js'

/** What the user asked for on the command line. */
export type Command =
  | { name: 'help'; topic: CommandName | undefined }
  | { name: 'version' }
  | BuildCommand
  | DevCommand
  | VerifyCommand

/** Read `argv` (without `node` and the script); throws a `CliError` on bad usage. */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: allOptions,
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

  const common = readPostsCommand(values, paths)
  if (command === 'build') return readBuildCommand(common, values)
  if (command === 'dev') return readDevCommand(common, values)
  return readVerifyCommand(common, values)
}
