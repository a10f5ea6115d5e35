import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { ruleIds } from '../../messages.js'
import { statedErrorResult } from '../judge/documented-errors.js'
import { stopCause } from '../judge/own-errors.js'
import { quotesError } from '../read/error-claims/quoted-errors.js'
import { type ShownRaise, shownRaise } from '../read/error-claims/shown-raises.js'
import { absentLibraryNeed, absentPackageNeed } from '../read/not-checkable/needs/absent-package.js'
import { authorPathNeed } from '../read/not-checkable/needs/author-paths.js'
import { describedSetupNeed } from '../read/not-checkable/needs/described-setup.js'
import { networkNeed } from '../read/not-checkable/needs/network.js'
import { pageModuleNeed } from '../read/not-checkable/needs/page-module.js'
import { scriptArgumentNeed } from '../read/not-checkable/needs/script-arguments.js'
import { unloadedNamespaceNeed } from '../read/not-checkable/needs/unloaded-namespace.js'
import { anyTypedUseAt } from '../read/not-checkable/shown/any-typed-use.js'
import { pseudoCodeAt } from '../read/not-checkable/shown/pseudo-code.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { isShellRunner } from '../runner-id.js'
import { failure, type SampleResult, type SampleRun, verdict } from './job.js'
import { currentSandbox, sandboxSupport } from './sandbox.js'

/**
 * Seconds a sample with no documented output may run: a server, a loop
 * waiting for input or a long sleep is stopped then, and noted.
 */
export const triedSeconds = 3

/**
 * Seconds a sample with no documented output that visibly waits (`waits`)
 * may run: long enough for an error of its first lines (`new Appliacation()`
 * before `app.listen(3000)`), short enough that a server costs little.
 */
export const waitingSeconds = 1

/** The seconds a tried sample may run: `waitingSeconds` for code that waits, else `triedSeconds`. */
export function triedSecondsOf(sample: Sample): number {
  return waits(sample.code) ? waitingSeconds : triedSeconds
}

/** The most the machine's load stretches a tried run's time. */
const mostStretch = 4

/**
 * How much longer than its seconds a tried run may take on a busy machine:
 * the processes waiting for a core per core, over the last minute, from 1
 * (an idle machine) to `mostStretch`. A tried run's limit is postdeck's own
 * guess of "long enough to start", counted on the wall clock, so a sample
 * that needs half a second alone is not taken for a server because a test
 * suite or another build shares the cores; the limit a user sets is not
 * stretched. Verdicts name the seconds unstretched, so a report reads the
 * same on any machine.
 *
 * Note: the load average trails the load by seconds, and is 0 where the
 * system has none (Windows), which leaves the limit as it is.
 */
export function loadStretch(): number {
  const perCore = (loadavg()[0] ?? 0) / availableParallelism()
  return Math.min(mostStretch, Math.max(1, perCore))
}

/** The milliseconds a tried run of `seconds` may take now, within the user's limit. */
export function triedMs(seconds: number, limitSeconds: number): number {
  return Math.round(Math.min(seconds * loadStretch(), limitSeconds) * 1000)
}

/**
 * Whether a sample with no documented output that parses is also run, to
 * find the errors of its own code (a call missing its argument, a float
 * index, a misspelt name): one that takes no names from earlier samples
 * (it runs alone, as the reader pastes it), is not an exercise, an excerpt,
 * the output of another sample or a version shown side by side, says
 * nothing of failing (code that visibly waits runs for `waitingSeconds`
 * only), and only where the sandbox holds it (a tutorial's
 * `rm -rf` or `sudo` never runs on the reader's own machine).
 */
export function triesRun(sample: Sample): boolean {
  return (sample.takes?.length ?? 0) === 0 && mayTryRun(sample)
}

/**
 * `triesRun` but for the names it takes: whether a sample with no documented
 * output may be run for the errors of its own code, alone or after the
 * samples it takes names from (`tried-with-state.ts`).
 */
export function mayTryRun(sample: Sample): boolean {
  const language = sample.runner.id
  const runnable =
    language === 'python' ||
    language === 'javascript' ||
    language === 'typescript' ||
    isShellRunner(sample.runner)
  if (!runnable || sample.pageNames) return false
  // A quiz's chosen error is checked against the run, as a tried run's failure is.
  const stated = sample.statedError && sample.statedError.chosen !== true
  if (sample.exercise || stated || sample.wrongExpectation !== undefined) return false
  if (sample.outputOf !== undefined || sample.excerptOf !== undefined) return false
  if (sample.id.includes('~') || onlySleeps(sample.code)) return false
  return sandboxHoldsTries()
}

/** Whether the sandbox holds the samples tried with no documented output (a tutorial's `rm -rf` never runs unsandboxed). */
export function sandboxHoldsTries(): boolean {
  return currentSandbox().mode !== 'off' && sandboxSupport().available
}

/**
 * Code that sleeps, serves, loops for ever or waits for a file to grow:
 * it takes its time or never ends, so it runs only for `waitingSeconds`,
 * for the errors of its first lines, and gives no state to later samples.
 */
const sleeping = /\bsleep\s*\(|(?:^|[\s;&|(])sleep\s+\d/m
const serving =
  /\b(?:serve_forever|run_forever|run_until_complete|serve|listen|createServer|setInterval|mainloop|app\.run|accept)\s*\(|\bwhile\s*(?:True|1)\s*:|\bwhile\s*\(\s*(?:true|1)\s*\)|\bfor\s*\(\s*;\s*;\s*\)|\bwhile\s+(?:true|:)\s*;?\s*do\b|\btail\s+-f\b|\bhttp\.server\b/m

/** Whether the code visibly sleeps, serves or loops for ever (`waiting`). */
export function waits(code: string): boolean {
  return sleeping.test(code) || serving.test(code)
}

/**
 * Whether the code waits only by sleeping (`time.sleep(1)`, `sleep 2`): a
 * lesson on timing, whose run would cost its sleeps and little else to
 * find, so it stays parsed, as rustdoc's `no_run`.
 */
function onlySleeps(code: string): boolean {
  return sleeping.test(code) && !serving.test(code)
}

/**
 * The verdict on a sample with no documented output that ran: passed when it
 * ended with code 0; failed only on an error of its own code at one of its
 * lines (`stopCause`); noted, with why, when it stopped on something of the
 * reader's machine (a file, a module, the network, typed input, a browser)
 * or did not end within `triedSeconds`.
 */
export function judgeTriedRun(sample: Sample, run: SampleRun, samplePath: string): SampleResult {
  const noted = (why: string): SampleResult => ({
    ...verdict(sample, 'noted', `not checked here: ran, and ${why}`),
    check: 'environment',
    run,
  })
  // Code that visibly waits was only run for the errors of its first lines: it parses, as before.
  if (run.timedOut && waits(sample.code)) {
    return {
      ...verdict(
        sample,
        'passed',
        `parses, and ran ${waitingSeconds} s without error (it waits, so it was not run to its end)`,
      ),
      check: 'parsed',
      run,
    }
  }
  if (run.timedOut) {
    return noted(`was still running after ${triedSecondsOf(sample)} s (a server, a loop or a wait)`)
  }
  if (run.exceededLimit || run.truncated) {
    return noted(run.exceededLimit ?? 'printed more than the output cap')
  }
  // A quiz's answer choosing an option that names an error: the error it raised must be that one.
  const chosen = sample.statedError?.chosen
    ? statedErrorResult(sample, run, samplePath, undefined)
    : undefined
  if (chosen) return chosen
  const failed = run.exitCode !== 0
  // Note: a Python traceback printed by a run that ended with 0 was handled
  // (`logger.exception(...)`, `traceback.print_exc()`), not an error that stopped it.
  const cause =
    failed || isShellRunner(sample.runner) ? stopCause(sample, run.output, samplePath) : undefined
  // What the post's own words or other readers' machines explain comes first.
  // Pseudo-code (a placeholder, code left out) is noted as such, as when a compared sample fails.
  // A script run without the command-line arguments the post gives it (`./sum.sh 3 4`).
  const argument = failed || cause?.own ? scriptArgumentNeed(sample) : undefined
  if (argument) return noted(argument)
  const pseudo = failed ? pseudoCodeAt(sample, run.output, samplePath) : undefined
  if (pseudo) {
    return { ...verdict(sample, 'noted', `not checkable: ${pseudo}`), check: 'pseudo-code', run }
  }
  const known = failed
    ? (absentPackageNeed(sample, run.output) ??
      absentLibraryNeed(sample, run.output) ??
      unloadedNamespaceNeed(sample, run.output) ??
      networkNeed(sample, run.output, run.exitCode) ??
      pageModuleNeed(sample, run.output) ??
      describedSetupNeed(sample, run.output, samplePath) ??
      anyTypedUseAt(sample, run.output, samplePath) ??
      authorPathNeed(sample))
    : undefined
  if (known) return noted(known)
  // The text after the sample quotes the error it raises: the post shows it.
  if (cause?.own && quotesError(sample.quotedAfter, cause.error)) {
    return {
      ...verdict(sample, 'passed', `raises \`${cause.error}\`, as the text after it quotes`),
      check: 'ran',
      run,
    }
  }
  // So does the block right above it, quoting the error whole.
  if (cause?.own && quotesError(sample.quotedBefore, cause.error)) {
    return {
      ...verdict(sample, 'passed', `raises \`${cause.error}\`, as the text above it quotes`),
      check: 'ran',
      run,
    }
  }
  // A `raise` the sample shows on purpose, raising that exception from its line (shown-raises.ts).
  const shownRaised = cause?.own ? shownRaise(sample.code, sample.runner) : undefined
  if (cause?.own && shownRaised && raisesAsShown(shownRaised, cause.error, cause.line)) {
    return {
      ...verdict(
        sample,
        'passed',
        `raises \`${cause.error}\` at line ${sample.line + cause.line}, as its \`raise\` shows`,
      ),
      check: 'ran',
      run,
    }
  }
  if (cause?.own) {
    return {
      ...failure(sample, `its code fails when run: ${cause.error}`, ruleIds.sampleExit),
      line: sample.line + cause.line,
      run,
    }
  }
  if (run.exitCode === 0) {
    return {
      ...verdict(sample, 'passed', 'ran and exited with code 0 (no documented output to compare)'),
      check: 'ran',
      run,
    }
  }
  if (cause) return noted(cause.why)
  // Its last line, without the temporary folder the sample ran in.
  const last = run.output
    .trimEnd()
    .split('\n')
    .at(-1)
    ?.replaceAll(`${path.dirname(samplePath)}${path.sep}`, '')
    .trim()
  const said = last ? ` (\`${last.slice(0, 120)}\`)` : ''
  return noted(
    `exited with code ${run.exitCode ?? run.signal}${said}, not an error its code is known to make`,
  )
}

/** Whether the error the run stopped on is the shown `raise`'s exception, from its lines. */
function raisesAsShown(shown: ShownRaise, error: string, line: number): boolean {
  const named = error.split(':')[0]?.split('.').at(-1) === shown.name
  return named && line >= shown.line && line <= shown.through
}
