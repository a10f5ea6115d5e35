import { availableParallelism } from 'node:os'
import path from 'node:path'
import pLimit from 'p-limit'
import { ruleIds } from '../messages.js'
import { isDurationLine } from './compare/compare-output.js'
import { withCaveatNote } from './judge/caveat-notes.js'
import { writtenForOlder } from './judge/older-version-note.js'
import { withModulesOfSetupNotShown } from './judge/setup-off-page.js'
import type { Sample } from './read/remark-extract-samples.js'
import { underVersion } from './read/versions/version-needs.js'
import { interpreterStamp } from './run/interpreter-stamp.js'
import {
  failure,
  type Job,
  type JobKind,
  type JobSettings,
  type SampleResult,
  verdict,
} from './run/job.js'
import { programJob } from './run/program-job.js'
import { runProcess } from './run/run-process.js'
import { cacheKey, type SampleCache } from './run/sample-cache.js'
import {
  defaultLimits,
  type SampleLimits,
  type SandboxMode,
  type SandboxSettings,
  withSandbox,
} from './run/sandbox.js'
import { syntaxJob } from './run/syntax-job.js'
import { inTemporaryFolder } from './run/temporary-folder.js'
import { transcriptJob } from './run/transcript-job.js'
import { stateSamples } from './run/tried-with-state.js'
import { expandVariants, mergeVariants } from './run/variant-jobs.js'
import type { Command, Runner } from './runners.js'

export type { SampleResult } from './run/job.js'

/** Options of `verifySamples`. */
export interface VerifyOptions {
  /** Samples run at once; default: the CPU count. */
  concurrency?: number | undefined
  /** Default seconds before a sample is killed; default 10. */
  timeoutSeconds?: number | undefined
  /** Bytes of output a sample may print; default 1 MiB. */
  outputCap?: number | undefined
  cache?: SampleCache | undefined
  signal?: AbortSignal | undefined
  /** Whether samples run in a sandbox; default `auto` (where the OS allows). */
  sandbox?: SandboxMode | undefined
  /** Resource limits of each sample; each defaults to `defaultLimits`. */
  limits?: Partial<SampleLimits> | undefined
  /** Called as samples are verified: how many of how many, and how many failed so far. */
  onProgress?: ((progress: { done: number; total: number; failed: number }) => void) | undefined
}

const defaultSettings = { timeoutSeconds: 10, outputCap: 1024 * 1024 }

/**
 * Verify samples: compare documented outputs, run annotated samples, parse
 * the rest. Samples run in parallel, the longest expected first; those whose
 * output reports timings run one at a time among themselves, and again
 * alone at the end when contention stretched them. Results come back in the
 * order of `samples`.
 */
export async function verifySamples(
  samples: readonly Sample[],
  options: VerifyOptions = {},
): Promise<SampleResult[]> {
  // A fence showing versions side by side runs as one sample per version.
  const plan = expandVariants(samples)
  const results = mergeVariants(samples, plan, await verifyEach(plan.samples, options))
  // Decided over a post's results: which sessions go on from setup the post does not show.
  // Then a failure the post's own text explains (another environment, a counterexample) is a note.
  return withModulesOfSetupNotShown(results).map(withCaveatNote)
}

async function verifyEach(
  samples: readonly Sample[],
  options: VerifyOptions,
): Promise<SampleResult[]> {
  const settings: Omit<JobSettings, 'executables'> = {
    timeoutSeconds: options.timeoutSeconds ?? defaultSettings.timeoutSeconds,
    outputCap: options.outputCap ?? defaultSettings.outputCap,
    signal: options.signal,
    sandbox: {
      mode: options.sandbox ?? 'auto',
      limits: { ...defaultLimits, ...options.limits },
      network: false,
    },
  }
  const runners = [
    ...new Map(
      samples
        .filter((sample) => sample.mode !== 'skip')
        .map((sample) => [sample.runner.id, sample.runner]),
    ).values(),
  ]
  // Note: interpreters are told apart by their files (`interpreterStamp`), so a
  // run whose samples all come from the cache starts no process. Only a launcher
  // that cannot be followed is asked for its version and, awaited only by samples
  // that run, the executable behind it; when every sample comes from the cache,
  // that last question is dropped.
  const unneeded = new AbortController()
  const stop = options.signal ? AbortSignal.any([options.signal, unneeded.signal]) : unneeded.signal
  const { identities, executables } = await identifyInterpreters(runners, settings.sandbox, stop)
  const results = new Map<Sample, SampleResult>()
  const missingReported = new Set<string>()
  const jobs: Job[] = []
  const byId = new Map(samples.map((sample) => [sample.id, sample]))

  for (const sample of samples) {
    if (sample.mode === 'skip') {
      const summary = sample.annotations.skip
        ? 'skipped by annotation'
        : 'skipped: it needs a sample that is skipped'
      results.set(sample, { ...verdict(sample, 'skipped', summary), check: 'skipped' })
    } else if (!identities.has(sample.runner.id)) {
      const { interpreter } = sample.runner
      results.set(
        sample,
        missingReported.has(interpreter)
          ? verdict(sample, 'skipped', `\`${interpreter}\` is not installed`)
          : failure(
              sample,
              `\`${interpreter}\` is not installed, and this sample needs it`,
              ruleIds.interpreterMissing,
            ),
      )
      missingReported.add(interpreter)
    } else {
      const timed = sample.expected?.lines.some(isDurationLine) ?? false
      const chain = jobs.find((job) => job.samples[0]?.id === sample.chain)
      if (chain) {
        chain.samples.push(sample)
        chain.timed ||= timed
      } else jobs.push({ samples: [sample], timed, state: stateSamples(sample, byId) })
    }
  }

  const progress = { done: 0, total: samples.length, failed: 0 }
  const counted = (result: SampleResult) => {
    progress.done += 1
    if (result.status === 'failed') progress.failed += 1
  }
  for (const result of results.values()) counted(result)
  options.onProgress?.({ ...progress })
  const record = (job: Job, alone: boolean) => async () => {
    options.signal?.throwIfAborted()
    const interpreter = identities.get(job.samples[0]?.runner.id ?? '') ?? ''
    const verified = await verifyJob(job, interpreter, settings, executables, options.cache, alone)
    if (!verified) {
      retryAlone.push(job)
      return
    }
    for (const result of verified) {
      results.set(result.sample, result)
      counted(result)
    }
    options.onProgress?.({ ...progress })
  }
  // Note: the longest jobs start first, so that the run ends about when its
  // longest job does. Timed jobs run one after another in one slot of the
  // pool, beside the others; one whose timings miss there runs again alone at
  // the end, as a timed job always did, so contention cannot fail it.
  const retryAlone: Job[] = []
  const limit = pLimit(options.concurrency ?? availableParallelism())
  const ordered = startOrder(jobs)
  const timed = ordered.filter((job) => job.timed)
  await Promise.all([
    ...(timed.length > 0
      ? [
          limit(async () => {
            for (const job of timed) await record(job, false)()
          }),
        ]
      : []),
    ...ordered.filter((job) => !job.timed).map((job) => limit(record(job, false))),
  ])
  for (const job of retryAlone) await record(job, true)()
  unneeded.abort()

  return samples.map(
    (sample) => results.get(sample) ?? failure(sample, 'was not verified', ruleIds.sampleOutput),
  )
}

function kindOf(job: Job): JobKind {
  const [first] = job.samples
  if (job.samples.length === 1 && first?.mode === 'parse') return syntaxJob
  if (job.samples.length === 1 && first?.expected?.kind === 'transcript') return transcriptJob
  return programJob
}

/**
 * The order jobs start in, the longest expected first: timed jobs (they
 * sleep or measure), then programs by their number of samples, then syntax
 * checks; in document order within each.
 */
export function startOrder(jobs: readonly Job[]): Job[] {
  const weight = (job: Job) =>
    job.timed ? Number.MAX_SAFE_INTEGER : kindOf(job) === syntaxJob ? 0 : job.samples.length
  return jobs
    .map((job, index) => ({ job, index, weight: weight(job) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ job }) => job)
}

/**
 * Verify one job: from the cache when an identical job passed before, else by
 * running it. A timed job that misses only on timings: `undefined` when it
 * ran beside others (`alone` false), to be run again alone; when alone, it
 * runs once more and, if it then passes, is reported as flaky.
 */
async function verifyJob(
  job: Job,
  interpreter: string,
  common: Omit<JobSettings, 'executables'>,
  executables: Promise<Map<string, string>>,
  cache: SampleCache | undefined,
  alone: boolean,
): Promise<SampleResult[] | undefined> {
  const settings: JobSettings = { ...common, executables: new Map() }
  const kind = kindOf(job)
  const key = cacheKey([
    interpreter,
    String(settings.timeoutSeconds),
    String(settings.outputCap),
    JSON.stringify(settings.sandbox),
    // The samples giving a tried sample its state are part of what it runs.
    ...(job.state ?? []).map((sample) => sample.code),
    ...job.samples.flatMap((sample) => [
      sample.runner.id,
      // How the sample runs: the file it is saved as and the command, drivers included.
      JSON.stringify(sample.runner.run(sample.runner.fileName(sample.code))),
      sample.mode,
      sample.code,
      JSON.stringify(sample.annotations),
      JSON.stringify(sample.files),
    ]),
  ])
  const cached = await cache?.get(key)
  if (cached && cached.runs.length === job.samples.length) {
    const results = kind.judge(job, cached, settings).map((result) => ({ ...result, cached: true }))
    if (results.every((result) => result.status === 'passed')) return results
  }

  settings.executables = await executables
  const sandbox = sandboxOf(job, settings.sandbox)
  const run = () => withSandbox(sandbox, () => kind.run(job, settings))
  let jobRun = await run()
  let results = await Promise.all(
    kind.judge(job, jobRun, settings).map((result) => olderThanNeeded(result, sandbox)),
  )
  const timingMiss = results.some(
    (result) => result.status === 'failed' && result.comparison?.timingOnly,
  )
  if (job.timed && timingMiss) {
    if (!alone) return undefined
    jobRun = await run()
    results = kind
      .judge(job, jobRun, settings)
      .map((result) => ({ ...result, flaky: result.status === 'passed' }))
  }
  if (results.every((result) => result.status === 'passed')) await cache?.set(key, jobRun)
  return results
}

/**
 * A failure of a sample the post says needs a newer interpreter than this
 * machine's (`Python 3.12+` on 3.11), noted rather than failed: the post
 * does not claim it runs here.
 */
async function olderThanNeeded(
  result: SampleResult,
  sandbox: SandboxSettings,
): Promise<SampleResult> {
  const older = writtenForOlder(result)
  if (older) return older
  const needed = result.sample.needsVersion
  if (result.status !== 'failed' || needed === undefined) return result
  // Note: interpreters are known by their files; only such a failure asks for the version.
  const version = await withSandbox(sandbox, () => probe(result.sample.runner.version))
  if (version === undefined || !underVersion(version, needed)) return result
  const name = result.sample.runner.id === 'python' ? 'Python' : 'Node.js'
  const { ruleId: _, ...rest } = result
  return {
    ...rest,
    status: 'noted',
    check: 'skipped',
    summary: result.sample.needsVersionFor
      ? `not checked: it calls \`${result.sample.needsVersionFor}\`, which ${name} ${needed} added, newer than \`${result.sample.runner.interpreter}\` here`
      : `not checked: the post says it needs ${name} ${needed}, newer than \`${result.sample.runner.interpreter}\` here`,
  }
}

/** The sandbox of a job: the settings, with what its samples' annotations ask for. */
function sandboxOf(job: Job, settings: SandboxSettings): SandboxSettings {
  const { limits } = settings
  // A chain runs as one process: it gets the largest limit any of its samples asks for.
  const most = (pick: (sample: Job['samples'][number]) => number | undefined, base: number) => {
    const asked = job.samples.flatMap((sample) => pick(sample) ?? [])
    return asked.length > 0 ? Math.max(...asked) : base
  }
  return {
    ...settings,
    network: job.samples.some((sample) => sample.annotations.network === true),
    limits: {
      ...limits,
      memoryMiB: most((sample) => sample.annotations.memoryMiB, limits.memoryMiB),
      processes: most((sample) => sample.annotations.processes, limits.processes),
    },
  }
}

/**
 * What tells each interpreter the samples need apart, by runner (missing
 * interpreters are absent): its stamp, or, for a launcher only running can
 * follow, its version; and the executables to run for interpreter commands.
 */
async function identifyInterpreters(
  runners: readonly Runner[],
  sandbox: SandboxSettings,
  signal: AbortSignal,
): Promise<{ identities: Map<string, string>; executables: Promise<Map<string, string>> }> {
  const identities = new Map<string, string>()
  const known = new Map<string, string>()
  const launchers: Runner[] = []
  for (const runner of runners) {
    const stamp = interpreterStamp(runner.version.command, runner.stampFiles)
    if (!stamp.found) continue
    if (stamp.key === undefined) {
      launchers.push(runner)
    } else {
      identities.set(runner.id, `stamp ${stamp.key}`)
      known.set(runner.version.command, stamp.executable)
    }
  }
  if (launchers.length === 0) return { identities, executables: Promise.resolve(known) }
  const executables = withSandbox(sandbox, () => interpreterExecutables(launchers, signal))
    .catch(() => new Map<string, string>())
    .then((found) => new Map([...known, ...found]))
  await withSandbox(sandbox, () =>
    Promise.all(
      launchers.map(async (runner) => {
        const output = await probe(runner.version)
        if (output !== undefined) identities.set(runner.id, `version ${output.trim()}`)
      }),
    ),
  )
  return { identities, executables }
}

/** The executable behind each interpreter command that may be a launcher, by command. */
async function interpreterExecutables(
  runners: readonly Runner[],
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const executables = new Map<string, string>()
  await Promise.all(
    runners.map(async (runner) => {
      if (!runner.executable) return
      const output = (await probe(runner.executable, signal))?.trim()
      if (output && path.isAbsolute(output)) executables.set(runner.executable.command, output)
    }),
  )
  return executables
}

/** What `command` prints when it succeeds, run as samples are. */
async function probe(command: Command, signal?: AbortSignal): Promise<string | undefined> {
  const run = await inTemporaryFolder((folder) =>
    runProcess(command, {
      cwd: folder,
      timeoutMs: 10_000,
      outputCap: 4096,
      stdoutOnly: true,
      signal,
    }),
  )
  return run.startError === undefined && run.exitCode === 0 ? run.output : undefined
}
