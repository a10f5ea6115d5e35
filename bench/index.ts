/**
 * `npm run bench`: postdeck against marp-cli, reveal-md and Hugo, measured in
 * the same run on this machine: the seed post's cold build, a 1,000-post
 * site's full build and its peak memory, a one-post rebuild under
 * `postdeck dev`, the seed post's verification, and what the sandbox
 * costs each sample. The report goes to
 * stdout, progress and errors to stderr; `BENCH_PROFILE=1` adds a CPU profile
 * of the large build.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { makeCorpus } from './corpus.js'
import { profileSiteBuild } from './cpu-profile.js'
import { benchRebuild } from './dev-rebuild.js'
import { preparePeers } from './peers.js'
import {
  headerLines,
  memoryLine,
  peersLine,
  profileLines,
  rebuildLine,
  sandboxLine,
  seedBuildLine,
  siteBuildLine,
  unchangedBuildLine,
  verifyLines,
} from './report.js'
import { benchSandboxOverhead } from './sandbox-overhead.js'
import { benchSeedBuild } from './seed-build.js'
import { benchSiteBuild } from './site-build.js'
import { benchVerifySeed } from './verify-seed.js'
import { makeWorkspace } from './workspace.js'

const corpusSize = 1000
const benchCache = path.join(import.meta.dirname, '..', 'node_modules', '.cache', 'postdeck-bench')
const runs = runCount('BENCH_RUNS', 5)
const largeRuns = runCount('BENCH_LARGE_RUNS', 3)

const machine = [
  `${os.availableParallelism()} cores`,
  os.cpus()[0]?.model.trim(),
  `Node ${process.version}`,
  `${os.platform()} ${os.arch()}`,
]
for (const text of headerLines(runs, largeRuns, machine.filter(Boolean).join(', '))) print(text)

const scratch = await mkdtemp(path.join(os.tmpdir(), 'postdeck-bench-'))
try {
  progress('installing marp-cli and reveal-md, unless they are installed already')
  const peers = await preparePeers(path.join(benchCache, 'peers'))
  print(peersLine(peers))
  const workspace = path.join(scratch, 'site')
  const seedCopy = await makeWorkspace(workspace)

  const seed = await section('seed build', () => benchSeedBuild(workspace, seedCopy, peers, runs))
  if (seed) print(seedBuildLine(seed))

  progress(`writing the ${corpusSize.toLocaleString('en')}-post corpus`)
  const slugs = await makeCorpus(path.join(workspace, 'corpus'), corpusSize)
  const site = await section(`${corpusSize.toLocaleString('en')}-post build`, () =>
    benchSiteBuild(workspace, 'corpus', slugs, largeRuns, peers.hugo !== undefined),
  )
  if (site) print(siteBuildLine(site, corpusSize))
  if (site) print(unchangedBuildLine(site, corpusSize))
  if (seed || site) print(memoryLine(seed, site, corpusSize))

  if (process.env.BENCH_PROFILE) {
    const folder = path.join(benchCache, 'profile')
    const summary = await section('cpu profile', () =>
      profileSiteBuild(workspace, 'corpus', slugs, folder),
    )
    if (summary) for (const text of profileLines(summary, folder)) print(text)
  }

  const rebuild = await section('one-post rebuild', () =>
    benchRebuild(workspace, 'corpus', slugs, runs, path.join(scratch, 'dev-out')),
  )
  if (rebuild) print(rebuildLine(rebuild, corpusSize))

  const verify = await section('seed verify', () => benchVerifySeed(runs, scratch))
  if (verify) for (const text of verifyLines(verify)) print(text)

  const overhead = await section('sandbox overhead', async () => ({
    figures: await benchSandboxOverhead(runs),
  }))
  if (overhead) print(sandboxLine(overhead.figures))
} finally {
  await rm(scratch, { recursive: true, force: true })
}

/** Run one part of the bench; when it fails, say so in the report, print the error and go on. */
async function section<T>(name: string, measure: () => Promise<T>): Promise<T | undefined> {
  progress(name)
  try {
    return await measure()
  } catch (error) {
    print(`${name}: failed, no figure (the error is on stderr)`)
    console.error(error)
    process.exitCode = 1
    return undefined
  }
}

function runCount(variable: string, fallback: number): number {
  const text = process.env[variable]
  if (text === undefined || text === '') return fallback
  const count = Number(text)
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`${variable} must be a whole number of runs, 1 or more, not ${text}`)
  }
  return count
}

function print(text: string): void {
  process.stdout.write(`${text}\n`)
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}…\n`)
}
