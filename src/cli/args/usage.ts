import { type CommandName, commandOptions, commands, otherCommands } from './command-list.js'

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
  const rows = Object.entries(commandOptions[command]).map(([name, spec]) => {
    const flag = [spec.short ? `-${spec.short}, ` : '', spec.flag ?? `--${name}`].join('')
    const left = spec.value ? `${flag} ${spec.value}` : flag
    return `  ${left.padEnd(24)}${spec.help}`
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
