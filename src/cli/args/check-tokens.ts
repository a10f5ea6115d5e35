import type { parseArgs } from 'node:util'
import { nearestName } from '../../nearest-name.js'
import {
  allOptions,
  type CommandName,
  commandNames,
  commandOptions,
  otherCommands,
  takes,
} from './command-list.js'
import { usageError } from './usage-error.js'

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number]

/** Refuse unknown options (suggesting the nearest one), options of another command, and missing or stray values. */
export function checkTokens(command: CommandName, tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const negated = !Object.hasOwn(allOptions, token.name) && token.name.startsWith('no-')
    const option = negated ? token.name.slice(3) : token.name
    const spec = Object.hasOwn(allOptions, option) ? allOptions[option] : undefined
    if (spec === undefined || (negated && spec.type !== 'boolean')) {
      throw usageError(
        `Unknown option \`${token.rawName}\`${suggestion(command, token.rawName)}; see \`postdeck ${command} --help\``,
      )
    }
    if (!takes(command, option)) {
      const owners = commandNames
        .filter((owner) => takes(owner, option))
        .map((owner) => `\`postdeck ${owner}\``)
        .join(' and ')
      throw usageError(`\`${token.rawName}\` is an option of ${owners}`)
    }
    if (spec.type === 'string' && token.value === undefined) {
      throw usageError(
        `\`${token.rawName}\` needs a value: ${token.rawName} ${spec.value ?? 'VALUE'}`,
      )
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw usageError(`\`${token.rawName}\` takes no value`)
    }
  }
}

/** ` (did you mean \`--out\`?)` for the option of `command` nearest to `flag`, if one is near. */
function suggestion(command: CommandName, flag: string): string {
  const candidates = Object.entries(commandOptions[command]).flatMap(([name, spec]) =>
    spec.type === 'boolean' ? [`--${name}`, `--no-${name}`] : [`--${name}`],
  )
  const nearest = nearestName(flag, candidates)
  return nearest ? ` (did you mean \`${nearest}\`?)` : ''
}

/** The usage error of an unknown command, with the nearest one. */
export function unknownCommand(name: string): Error {
  const nearest = nearestName(name, [...commandNames, ...Object.keys(otherCommands)])
  const hint = nearest ? ` (did you mean \`${nearest}\`?)` : ''
  return usageError(`Unknown command \`${name}\`${hint}; run \`postdeck --help\` for the commands`)
}
