import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PathError } from '../content/find-posts.js'
import { build } from '../pipeline.js'
import { OutputError } from '../write/write-output.js'
import { CliError, exitCodes } from './cli-error.js'
import { formatMessages } from './format-message.js'
import { parseCommand, usage } from './parse-args.js'

/** Where the CLI writes, and what it knows of its terminal. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is an interactive terminal (progress lines are shown only then). */
  interactive: boolean
  cwd: string
  /** Aborted when the user interrupts (Ctrl-C). */
  signal?: AbortSignal | undefined
}

/** Run `postdeck` with `argv` and return its exit code; never exits the process itself. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv)
    if (command.name === 'help') {
      io.stdout(`${usage}\n`)
      return exitCodes.ok
    }
    if (command.name === 'version') {
      io.stdout(`${readVersion()}\n`)
      return exitCodes.ok
    }
    return await runBuild(command, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`)
      return error.exitCode
    }
    if (io.signal?.aborted) {
      io.stderr('Interrupted: the output folder was left as it was\n')
      return exitCodes.interrupted
    }
    throw error
  }
}

async function runBuild(
  command: Extract<ReturnType<typeof parseCommand>, { name: 'build' }>,
  io: CliIo,
): Promise<number> {
  const started = performance.now()
  const result = await build({
    paths: command.paths.map((input) => path.resolve(io.cwd, input)),
    outDir: path.resolve(io.cwd, command.outDir),
    drafts: command.drafts,
    signal: io.signal,
    onPost: io.interactive ? (slug) => io.stderr(`Rendering ${slug}\n`) : undefined,
  }).catch((error: unknown) => {
    if (error instanceof PathError || error instanceof OutputError) {
      throw new CliError(error.message, exitCodes.usageError, { cause: error })
    }
    throw error
  })
  for (const line of formatMessages(result.files, io.cwd)) io.stderr(`${line}\n`)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  if (!result.ok) {
    const errors = result.files.flatMap((file) => file.messages).filter((m) => m.fatal === true)
    io.stderr(
      `Build failed: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; ${command.outDir} was left as it was\n`,
    )
    return exitCodes.contentError
  }
  io.stderr(
    `Built ${result.posts} ${result.posts === 1 ? 'post' : 'posts'} (${result.pages} pages) into ${command.outDir} in ${seconds} s\n`,
  )
  return exitCodes.ok
}

function readVersion(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  )
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest
    ? String(manifest.version)
    : 'unknown'
}
