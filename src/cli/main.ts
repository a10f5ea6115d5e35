import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { requirePosts } from '../content/find-posts.js'
import { loadSiteConfig } from '../content/site-config.js'
import { build, verify } from '../pipeline.js'
import type { UnrunFence } from '../verify/read/remark-extract-samples.js'
import type { SampleResult } from '../verify/verify-samples.js'
import { postdeckVersion } from '../version.js'
import { folderFingerprint } from '../write/folder-fingerprint.js'
import { buildCache, cacheNotice, pdfCacheFolder, sampleOptions } from './caches.js'
import { asUsageError, CliError, exitCodes } from './cli-error.js'
import { type Colors, colorsFor } from './colors.js'
import { formatProblems } from './format-problems.js'
import { type Command, commandUsage, parseCommand, type ReporterName, usage } from './parse-args.js'
import { errorFrames, type FrameOf } from './problem-frames.js'
import { createProgressLine, type ProgressLine } from './progress-line.js'
import { type ContentProblem, contentProblems } from './reporters/content-problems.js'
import { githubReport } from './reporters/github.js'
import { jsonReport } from './reporters/json.js'
import { junitReport } from './reporters/junit.js'
import { prettyReport } from './reporters/pretty.js'
import { succeeded, summarize } from './reporters/summary.js'
import { runDev } from './run-dev.js'
import { sandboxNotice } from './sandbox-notice.js'
import { updatePosts } from './update-posts.js'

/** Where the CLI writes, and what it knows of its terminal. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is an interactive terminal (the progress line is redrawn in place only then). */
  interactive: boolean
  /** Whether to colour by default (`--color` and `--no-color` decide otherwise); default no. */
  color?: boolean | undefined
  /** The environment variables postdeck reads (`POSTDECK_CACHE_DIR`); default none. */
  env?: Readonly<Record<string, string | undefined>> | undefined
  /** Milliseconds between progress lines when not interactive; default 10 s. */
  progressIntervalMs?: number | undefined
  cwd: string
  /** Aborted when the user interrupts (Ctrl-C). */
  signal?: AbortSignal | undefined
}

type PostsCommand = Extract<Command, { name: 'build' | 'dev' | 'verify' }>
type BuildCommand = Extract<Command, { name: 'build' }>
type VerifyCommand = Extract<Command, { name: 'verify' }>

/** Run `postdeck` with `argv` and return its exit code; never exits the process itself. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv)
    if (command.name === 'help') {
      io.stdout(`${command.topic ? commandUsage(command.topic) : usage}\n`)
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

/** The colours and progress line of a command's run on `io`. */
function terminalFor(command: PostsCommand, io: CliIo): { colors: Colors; progress: ProgressLine } {
  const colors = colorsFor(command.color ?? io.color ?? false)
  const progress = createProgressLine({
    stderr: io.stderr,
    interactive: io.interactive,
    enabled: command.verbosity !== 'quiet',
    colors,
    intervalMs: io.progressIntervalMs,
  })
  return { colors, progress }
}

/** Content problems as stderr shows them: errors with their code frames, grouped warnings, none at all when quiet. */
function printProblems(
  problems: readonly ContentProblem[],
  frameOf: FrameOf,
  command: PostsCommand,
  colors: Colors,
  print: (text: string) => void,
): void {
  const shown =
    command.verbosity === 'quiet'
      ? problems.filter((problem) => problem.severity === 'error')
      : problems
  const verbose = command.verbosity === 'verbose'
  for (const line of formatProblems(shown, { verbose, colors, frameOf })) {
    print(`${line}\n`)
  }
}

async function runBuild(command: BuildCommand, io: CliIo): Promise<number> {
  const started = performance.now()
  const { config } = await loadSiteConfig(io.cwd).catch(asUsageError)
  await requirePosts(command.paths, io.cwd).catch(asUsageError)
  const notice = cacheNotice(command, io)
  if (notice) io.stderr(`${notice}\n`)
  const samples = sampleOptions(command, io, config)
  warnOnce(command.verify ? sandboxNotice(samples.sandbox) : undefined, io)
  const outDir = path.resolve(io.cwd, command.outDir)
  const before = await folderFingerprint(outDir)
  // Note: said only when true: a sample run outside a sandbox could have changed it.
  const leftAsItWas = async () =>
    (await folderFingerprint(outDir)) === before
      ? `${command.outDir} was left as it was`
      : `${command.outDir} was changed during the build, not by postdeck: do not publish it`
  const { colors, progress } = terminalFor(command, io)
  const result = await build({
    site: config,
    paths: command.paths.map((input) => path.resolve(io.cwd, input)),
    outDir,
    drafts: command.drafts,
    verify: command.verify,
    pdf: command.pdf,
    pdfCache: pdfCacheFolder(command, io),
    samples,
    cache: buildCache(command, io),
    threads: command.threads,
    signal: io.signal,
    onPost:
      command.verbosity === 'verbose' ? (slug) => progress.print(`Rendering ${slug}\n`) : undefined,
    onProgress: (state) => progress.update(state),
    onPdf:
      command.verbosity === 'quiet'
        ? undefined
        : (deck) => progress.print(`Printed ${deck}/slides.pdf\n`),
  })
    .catch(async (error: unknown) => {
      if (io.signal?.aborted) {
        throw new CliError(`Interrupted: ${await leftAsItWas()}`, exitCodes.interrupted, {
          cause: error,
        })
      }
      return asUsageError(error)
    })
    .finally(() => progress.stop())
  const problems = contentProblems(result.files, io.cwd, { withSamples: true })
  printProblems(problems, await errorFrames(result.files, io.cwd), command, colors, io.stderr)
  if (result.samples.some((sample) => sample.status === 'failed')) {
    io.stderr(`\n${prettyReport(result.samples, { cwd: io.cwd, failuresOnly: true, colors })}`)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  if (!result.ok) {
    const errors = problems.filter((problem) => problem.severity === 'error').length
    io.stderr(
      colors
        .red(`Build failed: ${errors} ${errors === 1 ? 'error' : 'errors'}; ${await leftAsItWas()}`)
        .concat('\n'),
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
  await requirePosts(command.paths, io.cwd).catch(asUsageError)
  const samples = sampleOptions(command, io, config)
  warnOnce(sandboxNotice(samples.sandbox), io)
  const { colors, progress } = terminalFor(command, io)
  const result = await verify({
    paths: command.paths.map((input) => path.resolve(io.cwd, input)),
    drafts: command.drafts,
    samples: { ...samples, shard: command.shard },
    signal: io.signal,
    onProgress: (state) => progress.update(state),
  })
    .catch(asUsageError)
    .finally(() => progress.stop())
  // Note: failed samples are in the reports, with their diffs; the other problems of the posts go to stderr too.
  const problems = contentProblems(result.files, io.cwd)
  printProblems(problems, await errorFrames(result.files, io.cwd), command, colors, io.stderr)
  if (command.update) return await updatePosts(result, io)
  const unrun = result.files.flatMap((file) => file.data.unrunFences ?? [])
  for (const reporter of command.reporters) {
    const report = formatReport(reporter.name, result.samples, problems, {
      cwd: io.cwd,
      explain: command.explain,
      colors: reporter.file ? colorsFor(false) : colors,
      unrun,
    })
    if (reporter.file) {
      const file = path.resolve(io.cwd, reporter.file)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, report)
    } else io.stdout(report)
  }
  if (command.reporters.every((reporter) => reporter.file)) {
    io.stdout(prettyReport(result.samples, { cwd: io.cwd, failuresOnly: true, problems, colors }))
  }
  return succeeded(summarize({ samples: result.samples, problems }))
    ? exitCodes.ok
    : exitCodes.contentError
}

function formatReport(
  reporter: ReporterName,
  results: SampleResult[],
  problems: readonly ContentProblem[],
  options: { cwd: string; explain: boolean; colors: Colors; unrun: readonly UnrunFence[] },
): string {
  switch (reporter) {
    case 'json':
      return jsonReport(results, options.cwd, problems, options.unrun)
    case 'junit':
      return junitReport(results, options.cwd, problems)
    case 'github':
      return githubReport(results, options.cwd, problems)
    default:
      return prettyReport(results, { ...options, problems })
  }
}

/** Print `warning`, if any. */
function warnOnce(warning: string | undefined, io: CliIo): void {
  if (warning) io.stderr(`${warning}\n`)
}
