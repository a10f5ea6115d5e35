import { parseArgs } from 'node:util'
import { CliError, exitCodes } from './cli-error.js'

/** What the user asked for on the command line. */
export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'build'; paths: string[]; outDir: string; drafts: boolean; verify: boolean }

/** Usage text of `postdeck --help`. */
export const usage = `Usage: postdeck build [paths...] [options]

Build a blog page and a reveal.js deck for every post.

Arguments:
  paths            post files, folders of posts, or content folders (default: content)

Options:
  --out DIR        output folder, replaced whole on success (default: dist)
  --drafts         include posts marked draft: true
  --no-verify      do not run the code samples
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 built, 1 content has errors, 2 bad usage, 130 interrupted.`

/** Read `argv` (without `node` and the script); throws a `CliError` on bad usage. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseBuildArgs>
  try {
    parsed = parseBuildArgs(argv)
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)}\n\n${usage}`,
      exitCodes.usageError,
      { cause: error },
    )
  }
  const { values, positionals } = parsed
  if (values.help) return { name: 'help' }
  if (values.version) return { name: 'version' }
  const [command, ...paths] = positionals
  if (command !== 'build') {
    const reason = command === undefined ? 'Missing command' : `Unknown command \`${command}\``
    throw new CliError(`${reason}\n\n${usage}`, exitCodes.usageError)
  }
  return {
    name: 'build',
    paths: paths.length > 0 ? paths : ['content'],
    outDir: values.out ?? 'dist',
    drafts: values.drafts ?? false,
    verify: values.verify ?? true,
  }
}

function parseBuildArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    allowNegative: true,
    options: {
      out: { type: 'string' },
      drafts: { type: 'boolean' },
      verify: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}
