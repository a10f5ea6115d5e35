import path from 'node:path'
import escapeStringRegexp from 'escape-string-regexp'
import { judgeRun } from '../judge/judge-run.js'
import { ownMissingName } from '../judge/missing-names.js'
import { pythonBuiltins } from '../judge/own-errors.js'
import { ownSyntaxError } from '../judge/own-syntax-errors.js'
import { constantAssignedFrom, redeclaredFrom } from '../judge/redeclared-state.js'
import { knownGlobals } from '../read/not-checkable/needs/unloaded-namespace.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { type JobRun, type JobSettings, type SampleResult, verdict } from './job.js'
import { dependsOn, programJob, ranThrough } from './program-job.js'
import { judgeTriedRun, mayTryRun, triedMs, triedSeconds, waits } from './tried-run.js'

/**
 * The samples a sample with no documented output takes names from, with
 * those they take from in turn, in document order: run before it, in one
 * process, for the state it uses, as the reader who ran them has it. Only
 * for one that parses and may be tried (`mayTryRun`), takes no built-in name
 * an earlier sample rebinds (`dict = {...}` above `dict(items)`, which means
 * the built-in) and takes names from samples that do not visibly wait
 * (`waits`); `undefined` for the others,
 * which are parsed (or tried alone) as before.
 */
export function stateSamples(
  sample: Sample,
  byId: ReadonlyMap<string, Sample>,
): Sample[] | undefined {
  if (sample.mode !== 'parse' || (sample.takes?.length ?? 0) === 0 || sample.variants) {
    return undefined
  }
  if (!mayTryRun(sample) || waits(sample.code)) return undefined
  // A built-in name an earlier sample rebinds (`dict = {...}`) is likely meant as the built-in here.
  const builtins: readonly string[] = sample.runner.id === 'python' ? pythonBuiltins : knownGlobals
  if (sample.takes?.some((name) => builtins.includes(name))) return undefined
  const needed = new Set<Sample>()
  const visit = (of: Sample) => {
    for (const id of of.needs) {
      const other = byId.get(id)
      if (!other || needed.has(other)) continue
      needed.add(other)
      visit(other)
    }
  }
  visit(sample)
  const state = [...needed].sort((a, b) => a.line - b.line)
  if (state.length === 0) return undefined
  const runsApart = (other: Sample) =>
    other.mode === 'skip' || other.variants !== undefined || waits(other.code)
  return state.some(runsApart) ? undefined : state
}

/** Run the samples giving a sample its state, then the sample, as one session (`programJob`). */
export function runWithState(
  sample: Sample,
  state: readonly Sample[],
  settings: JobSettings,
): Promise<JobRun> {
  // Each sample of the session gets the time of a tried run, as when tried alone.
  const limited = {
    ...settings,
    timeoutSeconds: triedMs(triedSeconds, settings.timeoutSeconds) / 1000,
  }
  return programJob.run({ samples: [...state, sample], timed: false }, limited)
}

/**
 * The verdict on a sample run after the samples giving its state: as a tried
 * run (`judgeTriedRun`: failed only on an error of its own code, at its
 * line), but noted as depending on an earlier sample when that sample did
 * not work (and the error is not of a name no earlier sample defines), when
 * the run never reached it, or when its error is raised in the earlier
 * sample's code (a function it defined and this one calls).
 */
export function judgeWithState(
  sample: Sample,
  state: readonly Sample[],
  session: JobRun,
  settings: JobSettings,
): SampleResult {
  const pathOf = (index: number) => session.samplePaths?.[index] ?? session.samplePath
  const run = session.runs[state.length]
  if (!run) {
    return dependsOn(sample, state[session.runs.length - 1] ?? state.at(-1), 'did not run')
  }
  const results = new Map<string, SampleResult>()
  state.forEach((earlier, index) => {
    const run = session.runs[index]
    if (run) results.set(earlier.id, judgeRun(earlier, run, pathOf(index), settings))
  })
  const result = judgeTriedRun(sample, run, pathOf(state.length))
  const blocker = sample.needs
    .map((id) => results.get(id))
    .find((earlier) => earlier !== undefined && !ranThrough(earlier))
  const own =
    result.status === 'failed' &&
    (ownMissingName(sample, run.output) !== undefined || ownSyntaxError(run.output))
  if (blocker && result.status !== 'passed' && !own) {
    return { ...dependsOn(sample, blocker.sample, 'failed'), run }
  }
  const raisedIn = raisedInEarlier(sample, state, run.output, session)
  if (raisedIn && result.status !== 'passed') {
    const error = errorLineOf(run.output)
    const at = `${path.basename(raisedIn.path)}:${raisedIn.line}`
    return {
      ...verdict(
        sample,
        'noted',
        `not checked: depends on the sample at ${at}, whose code fails when this one calls it${error ? ` (\`${error}\`)` : ''}`,
      ),
      check: 'depends',
      run,
    }
  }
  // Another version of a name an earlier sample declares (a second answer): they meet only here.
  const redeclared =
    result.status === 'failed' ? redeclaredFrom(sample, state, run.output) : undefined
  if (redeclared) {
    const at = `${path.basename(redeclared.earlier.path)}:${redeclared.earlier.line}`
    return {
      ...verdict(
        sample,
        'noted',
        `not checked: declares \`${redeclared.name}\` again, another version of the sample at ${at}, which it runs after for its state`,
      ),
      check: 'depends',
      run,
    }
  }
  // A name an earlier sample declares `const`, assigned anew here (`[a, b] = [b, a];`).
  const constant =
    result.status === 'failed' ? constantAssignedFrom(sample, state, run.output) : undefined
  if (constant) {
    const at = `${path.basename(constant.earlier.path)}:${constant.earlier.line}`
    return {
      ...verdict(
        sample,
        'noted',
        `not checked: assigns \`${constant.name}\`, which the sample at ${at} declares \`const\`; it runs after that sample only for its state`,
      ),
      check: 'depends',
      run,
    }
  }
  return result
}

/**
 * The earlier sample whose code raised the error a run ended with: a Python
 * traceback's innermost frame in an earlier sample's file, or a Node error
 * whose quoted source line is not the sample's own line of that number.
 */
function raisedInEarlier(
  sample: Sample,
  state: readonly Sample[],
  output: string,
  session: JobRun,
): Sample | undefined {
  if (sample.runner.id === 'python') {
    const innermost = [...output.matchAll(/^\s*File "([^"]*)", line \d+/gm)].at(-1)?.[1]
    const index = session.samplePaths?.indexOf(innermost ?? '') ?? -1
    return index >= 0 && index < state.length ? state[index] : undefined
  }
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const header = new RegExp(`^${escapeStringRegexp(session.samplePath)}:(\\d+)\\n(.*)$`, 'm').exec(
    output,
  )
  if (!header) return undefined
  const quoted = (header[2] ?? '').trim()
  const ownLine = (sample.code.split('\n')[Number(header[1]) - 1] ?? '').trim()
  if (quoted === '' || quoted === ownLine) return undefined
  return state.findLast((earlier) =>
    earlier.code.split('\n').some((line) => line.trim() === quoted),
  )
}

/** The error line a run ended with (`NameError: ...`, `TypeError: ...`). */
function errorLineOf(output: string): string | undefined {
  return output
    .trimEnd()
    .split('\n')
    .findLast((line) => /^(?:Uncaught )?[A-Z]\w*(?:Error|Exception)\b/.test(line))
    ?.slice(0, 120)
}
