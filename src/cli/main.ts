import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { loadSiteConfig } from '../content/site-config.js'
import { formatMessages, sampleRuleIds } from '../messages.js'
import { build, verify } from '../pipeline.js'
import type { UnrunFence } from '../verify/remark-extract-samples.js'
import type { SampleResult } from '../verify/verify-samples.js'
import { postdeckVersion } from '../version.js'
import { folderFingerprint } from '../write/folder-fingerprint.js'
import { buildCache, cacheNotice, sampleOptions } from './caches.js'
import { asUsageError, CliError, exitCodes } from './cli-error.js'
import { type Command, parseCommand, type ReporterName, usage } from './parse-args.js'
import { githubReport } from './reporters/github.js'
import { jsonReport } from './reporters/json.js'
import { junitReport } from './reporters/junit.js'
import { prettyReport } from './reporters/pretty.js'
import { runDev } from './run-dev.js'
import { sandboxNotice } from './sandbox-notice.js'
import { updatePosts } from './update-posts.js'

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

type BuildCommand = Extract<Command, { name: 'build' }>
type VerifyCommand = Extract<Command, { name: 'verify' }>

/** Run `postdeck` with `argv` and return its exit code; never exits the process itself. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv)
    if (command.name === 'help') {
      io.stdout(`${usage}\n`)
      return exitCodes.ok
    }
    if (command.name === 'version') {
      io.stdout(`${postdeckVersion}\n`)
      return exitCodes.ok
    }
    if (command.name === 'build') return await runBuild(command, io)
    if (command.name === 'dev') return await runDev(command, io)
    return await runVerify(command, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`)
      return error.exitCode
    }
    if (io.signal?.aborted) {
      io.stderr('Interrupted\n')
      return exitCodes.interrupted
    }
    throw error
  }
}

async function runBuild(command: BuildCommand, io: CliIo): Promise<number> {
  const started = performance.now()
  const { config } = await loadSiteConfig(io.cwd).catch(asUsageError)
  const notice = cacheNotice(command, io.cwd)
  if (notice) io.stderr(`${notice}\n`)
  const samples = sampleOptions(command, io.cwd, config)
  warnOnce(command.verify ? sandboxNotice(samples.sandbox) : undefined, io)
  const outDir = path.resolve(io.cwd, command.outDir)
  const before = await folderFingerprint(outDir)
  // Note: said only when true: a sample run outside a sandbox could have changed it.
  const leftAsItWas = async () =>
    (await folderFingerprint(outDir)) === before
      ? `${command.outDir} was left as it was`
      : `${command.outDir} was changed during the build, not by postdeck: do not publish it`
  const result = await build({
    site: config,
    paths: command.paths.map((input) => path.resolve(io.cwd, input)),
    outDir,
    drafts: command.drafts,
    verify: command.verify,
    pdf: command.pdf,
    samples,
    cache: buildCache(command, io.cwd),
    threads: command.threads,
    signal: io.signal,
    onPost: io.interactive ? (slug) => io.stderr(`Rendering ${slug}\n`) : undefined,
  }).catch(async (error: unknown) => {
    if (io.signal?.aborted) {
      throw new CliError(`Interrupted: ${await leftAsItWas()}`, exitCodes.interrupted, {
        cause: error,
      })
    }
    return asUsageError(error)
  })
  for (const line of formatMessages(result.files, io.cwd)) io.stderr(`${line}\n`)
  if (result.samples.some((sample) => sample.status === 'failed')) {
    io.stderr(`\n${prettyReport(result.samples, { cwd: io.cwd, failuresOnly: true })}`)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  if (!result.ok) {
    const errors = countErrors(result.files)
    io.stderr(
      `Build failed: ${errors} ${errors === 1 ? 'error' : 'errors'}; ${await leftAsItWas()}\n`,
    )
    return exitCodes.contentError
  }
  const verified = result.samples.length > 0 ? `, ${result.samples.length} samples verified` : ''
  const unchanged = result.posts - result.rendered.length
  const reused = unchanged > 0 ? `, ${unchanged} unchanged` : ''
  io.stderr(
    `Built ${result.posts} ${result.posts === 1 ? 'post' : 'posts'} (${result.pages} pages${verified}${reused}) into ${command.outDir} in ${seconds} s\n`,
  )
  return exitCodes.ok
}

async function runVerify(command: VerifyCommand, io: CliIo): Promise<number> {
  const { config } = await loadSiteConfig(io.cwd).catch(asUsageError)
  const samples = sampleOptions(command, io.cwd, config)
  warnOnce(sandboxNotice(samples.sandbox), io)
  const result = await verify({
    paths: command.paths.map((input) => path.resolve(io.cwd, input)),
    drafts: command.drafts,
    samples: { ...samples, shard: command.shard },
    signal: io.signal,
  }).catch(asUsageError)
  // Sample failures are in the report; other problems of the posts go to stderr.
  for (const file of result.files) {
    file.messages = file.messages.filter((message) => !sampleRuleIds.has(message.ruleId ?? ''))
  }
  for (const line of formatMessages(result.files, io.cwd)) io.stderr(`${line}\n`)
  if (command.update) return await updatePosts(result, io)
  const unrun = result.files.flatMap((file) => file.data.unrunFences ?? [])
  const report = formatReport(command.reporter, result.samples, io.cwd, command.explain, unrun)
  if (command.output) {
    const file = path.resolve(io.cwd, command.output)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, report)
    io.stdout(prettyReport(result.samples, { cwd: io.cwd, failuresOnly: true }))
  } else io.stdout(report)
  return result.ok ? exitCodes.ok : exitCodes.contentError
}

function formatReport(
  reporter: ReporterName,
  results: SampleResult[],
  cwd: string,
  explain: boolean,
  unrun: readonly UnrunFence[],
): string {
  switch (reporter) {
    case 'json':
      return jsonReport(results, cwd, unrun)
    case 'junit':
      return junitReport(results, cwd)
    case 'github':
      return githubReport(results, cwd)
    default:
      return prettyReport(results, { cwd, explain, unrun })
  }
}

/** Print `warning`, if any. */
function warnOnce(warning: string | undefined, io: CliIo): void {
  if (warning) io.stderr(`${warning}\n`)
}

function countErrors(files: readonly VFile[]): number {
  return files.flatMap((file) => file.messages).filter((message) => message.fatal === true).length
}
