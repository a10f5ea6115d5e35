import { type RuleId, ruleIds } from '../../messages.js'
import type { Comparison } from '../compare/compare-output.js'
import { plannedSleepSeconds } from '../read/code/planned-sleeps.js'
import { endlessLoopAt } from '../read/not-checkable/needs/endless-loops.js'
import { hangClaimed } from '../read/not-checkable/needs/hang-claims.js'
import { packageInstallAt } from '../read/not-checkable/needs/package-installs.js'
import { serverWaiting } from '../read/not-checkable/needs/servers.js'
import { typedControlKeyLine } from '../read/not-checkable/needs/terminal-input.js'
import { readsInput } from '../read/not-checkable/shown/pseudo-code.js'
import type { Sample } from '../read/remark-extract-samples.js'
import type { RunResult } from './run-process.js'
import type { SandboxSettings } from './sandbox.js'

/**
 * How a sample was checked: its output `compared`, `ran` for its exit code,
 * only `parsed`, or not checked: `pseudo-code`, output that `varies` from
 * run to run, `depends` on a sample that did not work, `skipped`, or ran
 * and stopped on the reader's `environment` (a file, a module, the network,
 * typed input, a server that never ends) rather than on its code.
 */
export type CheckKind =
  | 'compared'
  | 'ran'
  | 'parsed'
  | 'pseudo-code'
  | 'varies'
  | 'depends'
  | 'skipped'
  | 'environment'

/** A run of one sample: what the process gave, and what each documented statement printed. */
export interface SampleRun extends RunResult {
  /** Output of each documented statement (`statements` outputs), by part. */
  parts?: string[] | undefined
  /** What each part printed before the value a REPL shows after it, when it showed one. */
  printedParts?: Array<string | undefined> | undefined
  /** The status each part's shell command left, by part, where its end marker says it. */
  partStatuses?: Array<number | undefined> | undefined
  /** The lines the type checker reports errors at, for a sample claiming some do not compile; `null` with no checker. */
  typeErrors?: number[] | null
}

/** The verdict on one sample. */
export interface SampleResult {
  sample: Sample
  /**
   * `noted`: not checked for a reason the post itself gives (pseudo-code, a
   * value that varies, a sample it depends on that did not work); never a failure.
   */
  status: 'passed' | 'failed' | 'skipped' | 'noted'
  /** How it was checked; absent on failures. */
  check?: CheckKind
  /** One line: how the sample was checked, or why it failed. */
  summary: string
  /** Rule id of a failure. */
  ruleId?: RuleId
  /** Line in the post a failure points at (the sample's fence unless said otherwise). */
  line: number
  /** For compared samples: the comparison. */
  comparison?: Comparison
  /** The run, for samples that ran. */
  run?: SampleRun
  /** What the sample printed, as pages show it (the temporary folder's path removed); absent when not shown. */
  shownOutput?: string
  /** What each documented statement printed, as pages show it (`statements` outputs of failed samples). */
  shownParts?: string[]
  /** A name the sample takes from setup the post does not show (`parser` of a `>>>` session), when noted so. */
  setupName?: string
  /** Passed only when run a second time (a timing miss). */
  flaky: boolean
  /** Taken from the cache rather than run. */
  cached: boolean
}

/** A sample, or a `continue` chain of samples run in one process. */
export interface Job {
  samples: Sample[]
  /** Whether a documented output reports durations, so the job runs alone. */
  timed: boolean
  /**
   * The samples a sample with no documented output takes names from, run
   * before it for its state when it is tried (`tried-with-state.ts`).
   */
  state?: Sample[] | undefined
}

/** Limits every run of a verification shares. */
export interface JobSettings {
  /** Seconds before a sample without its own `timeout` is killed. */
  timeoutSeconds: number
  /** Bytes of output a sample may print. */
  outputCap: number
  /** Aborting kills the samples running. */
  signal?: AbortSignal | undefined
  /** Sandbox mode and limits, before a sample's own annotations. */
  sandbox: SandboxSettings
  /** Interpreter commands run from the executable they named (`python3` behind pyenv's shim). */
  executables: Map<string, string>
}

/** What running a job gave: a run per sample, and the path its code ran from (it shows in outputs). */
export interface JobRun {
  runs: SampleRun[]
  samplePath: string
  /** The file each sample ran from, when they ran from files of their own (a Python session). */
  samplePaths?: string[] | undefined
  /** The run of a sample with no documented output after it parsed (`tried-run.ts`). */
  tried?: SampleRun | undefined
  /** The run of such a sample after the samples giving its state (`tried-with-state.ts`). */
  session?: JobRun | undefined
}

/** One way of verifying: how to run a job, and how to judge what the runs gave. */
export interface JobKind {
  run(job: Job, settings: JobSettings): Promise<JobRun>
  judge(job: Job, jobRun: JobRun, settings: JobSettings): SampleResult[]
}

/** A verdict with no run attached. */
export function verdict(
  sample: Sample,
  status: SampleResult['status'],
  summary: string,
): SampleResult {
  return { sample, status, summary, line: sample.line, flaky: false, cached: false }
}

/** A failed verdict. */
export function failure(sample: Sample, summary: string, ruleId: RuleId): SampleResult {
  return { ...verdict(sample, 'failed', summary), ruleId }
}

/** The most seconds a sample's own waits give it past the limit. */
const longestPlannedSeconds = 120

/**
 * The seconds a sample may run: its annotation's, else the limit plus the
 * waits its code spells out (`time.sleep(random.randint(1, 3))` five times
 * in a loop), as a reader waits for them, up to two minutes in all.
 */
export function timeoutOf(sample: Sample, settings: Pick<JobSettings, 'timeoutSeconds'>): number {
  if (sample.annotations.timeoutSeconds !== undefined) return sample.annotations.timeoutSeconds
  const planned = Math.ceil(plannedSleepSeconds(sample))
  return Math.max(
    settings.timeoutSeconds,
    Math.min(settings.timeoutSeconds + planned, longestPlannedSeconds),
  )
}

/** The failure of a run stopped by its timeout or its output cap, if it was. */
export function limitFailure(
  sample: Sample,
  run: RunResult,
  settings: JobSettings,
): SampleResult | undefined {
  // An endless loop shown on purpose cannot end: its timeout, flood of output or the memory its
  // output fills (a session's driver keeps what a statement prints) says nothing of the post.
  const endless =
    run.timedOut || run.truncated || run.exceededLimit
      ? endlessLoopAt(sample, run.output)
      : undefined
  if (endless) {
    return { ...verdict(sample, 'noted', `not checkable: ${endless}`), check: 'pseudo-code', run }
  }
  // A sample reading what the reader types is noted however it fails, its timeout too.
  const reads = run.timedOut ? readsInput(sample) : undefined
  if (reads !== undefined) {
    const why = `it reads what the reader types, at line ${sample.line + reads}, and was stopped by the timeout`
    return { ...verdict(sample, 'noted', `not checkable: ${why}`), check: 'pseudo-code', run }
  }
  // A sample the post says hangs does so here too.
  const hangs = run.timedOut ? hangClaimed(sample) : undefined
  if (hangs !== undefined) {
    return { ...verdict(sample, 'noted', `not checkable: ${hangs}`), check: 'pseudo-code', run }
  }
  // A session whose output shows the `^C` the author pressed was stopped by them: it runs until stopped.
  const stopped = run.timedOut ? typedControlKeyLine(sample) : undefined
  if (stopped !== undefined) {
    const line = sample.expected?.lineNumbers[stopped]
    const why = `the author stopped it with the keys its output shows${line === undefined ? '' : ` at line ${line}`}, and the timeout stopped it here`
    return { ...verdict(sample, 'noted', `not checkable: ${why}`), check: 'pseudo-code', run }
  }
  // A server waits for requests until it is stopped: that is what it was written to do.
  const serving = run.timedOut ? serverWaiting(sample, run.output) : undefined
  if (serving !== undefined) {
    return {
      ...verdict(sample, 'noted', `not checked here: ${serving}`),
      check: 'environment',
      run,
    }
  }
  // An install from a registry waits on the network, which samples run without.
  const installs = run.timedOut ? packageInstallAt(sample) : undefined
  if (installs !== undefined) {
    return { ...verdict(sample, 'noted', `not checkable: ${installs}`), check: 'environment', run }
  }
  // Commands a session shows without output document nothing a timeout could contradict: what
  // they do takes the author's machine (`$ find / -name test -print` over a whole disk).
  if (run.timedOut && sample.expected?.silent) {
    const why = `a command shown without output was still running after ${timeoutOf(sample, settings)} s; it needs the author's machine`
    return { ...verdict(sample, 'noted', `not checkable: ${why}`), check: 'environment', run }
  }
  if (run.timedOut) {
    const summary = `timed out after ${timeoutOf(sample, settings)} s; its process group was killed`
    return { ...failure(sample, summary, ruleIds.sampleTimeout), run }
  }
  if (run.exceededLimit) {
    return { ...failure(sample, run.exceededLimit, ruleIds.sampleLimit), run }
  }
  if (run.truncated) {
    const size =
      settings.outputCap >= 1024 * 1024
        ? `${settings.outputCap / 1024 / 1024} MiB`
        : `${settings.outputCap} bytes`
    const summary = `printed more than ${size}; it was stopped and its output not compared`
    return { ...failure(sample, summary, ruleIds.sampleOutputTooLarge), run }
  }
  return undefined
}
