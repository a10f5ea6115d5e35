import { describe, expect, it } from 'vitest'
import { CliError } from '../../src/cli/cli-error.js'
import { commandUsage, parseCommand } from '../../src/cli/parse-args.js'

/** The one-line message of the usage error `argv` gets. */
function usageError(argv: string[]): string {
  try {
    parseCommand(argv)
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 2) return error.message
    throw error
  }
  throw new Error(`${argv.join(' ')} was accepted`)
}

describe('parseCommand', () => {
  it('answers help and version as commands and as options, for each command', () => {
    expect(parseCommand(['help'])).toEqual({ name: 'help', topic: undefined })
    expect(parseCommand(['help', 'verify'])).toEqual({ name: 'help', topic: 'verify' })
    expect(parseCommand(['build', '--help'])).toEqual({ name: 'help', topic: 'build' })
    expect(parseCommand(['dev', '-h'])).toEqual({ name: 'help', topic: 'dev' })
    expect(parseCommand(['version'])).toEqual({ name: 'version' })
    expect(parseCommand(['--version'])).toEqual({ name: 'version' })
  })

  it('gives each command a help of its own options', () => {
    const [build, dev, verify] = (['build', 'dev', 'verify'] as const).map(commandUsage)
    expect(build).toContain('--pdf')
    expect(build).not.toContain('--port')
    expect(dev).toContain('--port N')
    expect(verify).toContain('--reporter NAME[:FILE]')
    expect(verify).not.toContain('--out DIR')
  })

  it('says a mistyped option, command or reporter in one line, with the nearest one', () => {
    expect(usageError(['build', '--ot', 'x'])).toBe(
      'Unknown option `--ot` (did you mean `--out`?); see `postdeck build --help`',
    )
    expect(usageError(['verify', '--repoter', 'json'])).toBe(
      'Unknown option `--repoter` (did you mean `--reporter`?); see `postdeck verify --help`',
    )
    expect(usageError(['build', '--no-verfy'])).toContain('(did you mean `--no-verify`?)')
    expect(usageError(['build', '--colour'])).toContain('(did you mean `--color`?)')
    expect(usageError(['build', '--zzzzzz'])).toBe(
      'Unknown option `--zzzzzz`; see `postdeck build --help`',
    )
    expect(usageError(['biuld'])).toBe(
      'Unknown command `biuld` (did you mean `build`?); run `postdeck --help` for the commands',
    )
    expect(usageError(['verify', '--reporter', 'junti'])).toBe(
      'Unknown reporter `junti` (did you mean `junit`?): use pretty, json, junit, github',
    )
    expect(usageError(['verify', '--pdf'])).toBe('`--pdf` is an option of `postdeck build`')
    expect(usageError(['build', '--out'])).toBe('`--out` needs a value: --out DIR')
    for (const argv of [['build', '--ot', 'x'], ['biuld'], ['build', '--out']]) {
      expect(usageError(argv)).not.toContain('\n')
    }
  })

  it('takes several reporters, each to standard output or a file of its own', () => {
    const command = parseCommand([
      'verify',
      '--reporter',
      'github',
      '--reporter',
      'junit:reports/verify.xml',
    ])
    expect(command).toMatchObject({
      reporters: [
        { name: 'github', file: undefined },
        { name: 'junit', file: 'reports/verify.xml' },
      ],
    })
    expect(parseCommand(['verify', '--reporter', 'junit', '--output', 'a.xml'])).toMatchObject({
      reporters: [{ name: 'junit', file: 'a.xml' }],
    })
    expect(parseCommand(['verify'])).toMatchObject({
      reporters: [{ name: 'pretty', file: undefined }],
    })
    expect(usageError(['verify', '--reporter', 'github', '--reporter', 'junit'])).toContain(
      'Only one report can go to standard output',
    )
  })

  it('reads --quiet, --verbose, --color and --cache-dir', () => {
    expect(parseCommand(['verify', '-q'])).toMatchObject({ verbosity: 'quiet', color: undefined })
    expect(parseCommand(['build', '--verbose', '--no-color'])).toMatchObject({
      verbosity: 'verbose',
      color: false,
    })
    expect(parseCommand(['verify', '--cache-dir', '.cache/postdeck'])).toMatchObject({
      cacheDir: '.cache/postdeck',
    })
    expect(usageError(['verify', '--quiet', '--verbose'])).toContain('cannot go together')
  })
})
