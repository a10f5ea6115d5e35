import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ruleIds } from '../../messages.js'
import { withAuthorsLines } from '../judge/author-lines.js'
import { ownLineNumbers, replShown } from '../judge/compare-run.js'
import { judgeRun } from '../judge/judge-run.js'
import { ownMissingName } from '../judge/missing-names.js'
import { ownSyntaxError } from '../judge/own-syntax-errors.js'
import { writeNamedFiles } from '../read/named-files.js'
import { endlessLoopAt } from '../read/not-checkable/needs/endless-loops.js'
import { blankKeepsNames } from '../read/not-checkable/shown/session-blanks.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { shebangShellOptions } from '../read/sample-code.js'
import { isIpythonSession } from '../read/transcripts/python-sessions.js'
import { isShellRunner } from '../runner-id.js'
import { asyncOwners } from './async-owners.js'
import { syntaxErrorsAlone } from './early-errors.js'
import { filesInOrder, puttingInPlace, waitingName } from './files-in-order.js'
import { instrumentParts } from './instrument.js'
import {
  type Job,
  type JobKind,
  type JobSettings,
  type SampleResult,
  type SampleRun,
  timeoutOf,
  verdict,
} from './job.js'
import { readMarkedOutput } from './marked-output.js'
import { pythonSessionDriver } from './python-driver.js'
import { refusedInput, takingFrom } from './refused-input.js'
import { asConsoleInputs } from './repl-declarations.js'
import { type RunResult, runProcess } from './run-process.js'
import { inTemporaryFolder } from './temporary-folder.js'
import { typeErrorLines } from './type-check.js'

/**
 * Samples run as programs: alone, or a session of samples that share names,
 * in one process and in document order. Python sessions run through a
 * driver that executes each sample from its own file in one namespace;
 * other languages run as one program whose samples are told apart by marker
 * lines, the line numbers in each sample's output made its own again. Each
 * output is compared with the documented one (statement by statement where
 * the post documents it so), and the exit code with the expected one.
 */
export const programJob: JobKind = {
  async run(job, settings) {
    const runner = job.samples[0]?.runner
    if (!runner) return { runs: [], samplePath: '' }
    const marker = `postdeck-${randomUUID()}`
    const timeoutMs =
      job.samples.reduce((total, sample) => total + timeoutOf(sample, settings), 0) * 1000
    const limits = {
      timeoutMs,
      outputCap: settings.outputCap,
      signal: settings.signal,
      executables: settings.executables,
      stdoutOnly: job.samples.some((sample) => sample.annotations.stdoutOnly),
      variables: Object.assign({}, ...job.samples.map((sample) => sample.proseVariables)),
    }
    const driven =
      runner.id === 'python' &&
      (job.samples.length > 1 || job.samples.some((sample) => sample.expected?.parts))
    return inTemporaryFolder(async (folder) => {
      // In one shell, a file the post gives again is put in place where the post gives it.
      const inOrder = isShellRunner(runner) && job.samples.length > 1
      const { first, changed } = filesInOrder(job.samples)
      await writeNamedFiles(
        folder,
        inOrder ? first : Object.assign({}, ...job.samples.map((sample) => sample.files)),
      )
      if (inOrder) {
        await writeNamedFiles(
          folder,
          Object.fromEntries(
            changed.flatMap((files, index) =>
              Object.entries(files).map(([name, content]) => [waitingName(index, name), content]),
            ),
          ),
        )
      }
      if (driven) {
        const files = job.samples.map((_, index) =>
          path.join(folder, index === 0 ? 'sample.py' : `sample_${index + 1}.py`),
        )
        const plan = {
          marker,
          outputCap: settings.outputCap,
          samples: job.samples.map((sample, index) => ({
            file: files[index],
            doctest: sample.expected?.kind === 'transcript',
            ipython: isIpythonSession(sample.code) || sample.expected?.notebook === true,
            parts: (sample.expected?.parts ?? []).map(
              ({ from, to, value, lastOnly, error, shows }) => ({
                from,
                to,
                value,
                last: lastOnly === true,
                error: error !== undefined,
                shows: shows ?? null,
              }),
            ),
          })),
        }
        await Promise.all(
          job.samples.map((sample, index) =>
            writeFile(files[index] ?? '', sample.expected?.doctest ?? sample.code),
          ),
        )
        const planFile = path.join(folder, '.postdeck-plan.json')
        const driver = path.join(folder, '.postdeck-session.py')
        await writeFile(planFile, JSON.stringify(plan))
        await writeFile(driver, pythonSessionDriver)
        const run = await runProcess(
          { command: runner.interpreter, args: ['-X', 'utf8', '-u', driver, planFile] },
          { cwd: folder, ...limits },
        )
        const runs = sessionRuns(run, marker, job.samples.length, false)
        const again = await afterEndlessLoop(job, runs, settings)
        if (again) {
          return {
            runs: again.runs,
            samplePath: files[0] ?? '',
            samplePaths: again.samplePaths.map((each, index) => each ?? files[index] ?? ''),
          }
        }
        return { runs, samplePath: files[0] ?? '', samplePaths: files }
      }
      // One program: each sample followed by a line printing its end marker; each sample an
      // input of its own, as a console reads it.
      const inputs = asConsoleInputs(
        runner,
        job.samples.map((sample) => sample.code),
      )
      const pieces = job.samples.map((sample, index) => {
        const parts = sample.expected?.parts ?? []
        const input = syntaxErrorsAlone(runner, inputs[index] ?? sample.code, (from, to) =>
          parts.some((part) => part.from <= to && part.to >= from),
        )
        // A shell transcript's commands shown without output, after its parts: their statuses are kept.
        const quiet = (sample.expected?.quiet ?? []).map((from) => ({
          from,
          to: from,
          value: false,
          lines: [],
          lineNumbers: [],
        }))
        const code = instrumentParts(runner, input, [...parts, ...quiet], marker, index)
        const given = inOrder ? puttingInPlace(index + 1, changed[index + 1] ?? {}) : ''
        const end = `\n${runner.printMarker(`${marker}:end:${index}:0`)}${asyncOwners(runner, marker, index)}${given}\n`
        return job.samples.length === 1
          ? { code, input }
          : { code: `${code}${end}`, input: `${input}${end}` }
      })
      const code = pieces.map((piece) => piece.code).join('')
      // Module syntax the instrumenting moved off its line's start (`...;import x from`) still makes a module.
      const named = runner.fileName(code)
      const authoredName = runner.fileName(pieces.map((piece) => piece.input).join(''))
      const samplePath = path.join(folder, moduleFile.test(authoredName) ? authoredName : named)
      await writeFile(samplePath, code)
      const command = runner.run(samplePath)
      // A script run alone keeps the options of its `#!` line, as when run by name (`-x`).
      const options = job.samples.length === 1 ? shebangShellOptions(code) : []
      const ran = await runProcess(
        { ...command, args: [...options, ...command.args] },
        { cwd: folder, ...limits },
      )
      // An error quotes the author's line, not the one postdeck rewrote to print values.
      const authored = pieces.map((piece) => piece.input).join('')
      const run = { ...ran, output: withAuthorsLines(ran.output, samplePath, code, authored) }
      const pieceLines = pieces.map((piece) => piece.code.split('\n').length - 1)
      const refused =
        job.samples.length > 1 && runner.id === 'javascript'
          ? refusedInput(run.output, marker, samplePath, pieceLines)
          : undefined
      const culprit = refused === undefined ? undefined : job.samples[refused]
      if (refused !== undefined && culprit) {
        // Note: as a console refuses that input alone, the others run again without it (and
        // without those taking names from it, which then did not run).
        const dropped = takingFrom(job.samples, culprit)
        const rest = job.samples.filter((sample) => !dropped.has(sample))
        const again = await programJob.run({ ...job, samples: rest }, settings)
        const offset = pieceLines.slice(0, refused).reduce((total, count) => total + count, 0)
        const own = { ...run, output: ownLineNumbers(run.output, samplePath, offset) }
        const runs: SampleRun[] = []
        const samplePaths: string[] = []
        job.samples.forEach((sample, index) => {
          const kept = rest.indexOf(sample)
          const keptRun = kept < 0 ? undefined : again.runs[kept]
          if (sample === culprit) runs[index] = own
          else if (keptRun) runs[index] = keptRun
          samplePaths[index] =
            sample === culprit ? samplePath : (again.samplePaths?.[kept] ?? again.samplePath)
        })
        return { runs, samplePath, samplePaths }
      }
      const runs = sessionRuns(run, marker, job.samples.length, true)
      await withTypeErrors(job.samples, runs)
      // Line numbers in each sample's output count from its own first line (the lines of the
      // pieces before it, an end marker the instrumenting put on a line of its own included).
      let offset = 0
      pieces.forEach((piece, index) => {
        const own = runs[index]
        if (own && offset > 0) own.output = ownLineNumbers(own.output, samplePath, offset)
        offset += piece.code.split('\n').length - 1
      })
      return { runs, samplePath }
    })
  },

  judge(job, jobRun, settings) {
    const results = new Map<string, SampleResult>()
    // The sample the process stopped in, when it never reached the ones after it.
    const stoppedIn = job.samples[jobRun.runs.length - 1]
    return job.samples.map((sample, index) => {
      const run = jobRun.runs[index]
      const samplePath = jobRun.samplePaths?.[index] ?? jobRun.samplePath
      // A sample that ran through left its names as the post means them, whatever it printed.
      // One taken only as it changes a name in place, and which is notation rather than code
      // (`itertools.combinations(iterable, r)`, a signature), holds none of its state either.
      const blocker = sample.needs
        .map((id) => results.get(id))
        .find(
          (result) =>
            result !== undefined &&
            !ranThrough(result) &&
            !(result.check === 'pseudo-code' && sample.changers?.includes(result.sample.id)),
        )
      let result: SampleResult
      if (!run) {
        result = dependsOn(sample, blocker?.sample ?? stoppedIn, 'did not run')
      } else {
        result = judgeRun(sample, run, samplePath, settings)
        // A name nothing before it defines is missing whatever the blocker did: its own failure.
        // So is code that does not parse: no earlier sample can make it parse.
        const own = ownMissingName(sample, run.output) || ownSyntaxError(run.output)
        // Code a listing leaves out changes what runs, not the words of the error the post shows.
        const wordsOnly = blocker?.sample.partial !== undefined && sameErrorRaised(result)
        if (blocker && result.status === 'failed' && !own && !wordsOnly) {
          // An output that differs stays known, for `--update` to write with the blocker's.
          const { comparison, shownOutput, shownParts } = result
          const differs = result.ruleId === ruleIds.sampleOutput && comparison && shownOutput
          result = {
            ...dependsOn(sample, blocker.sample, 'failed'),
            run,
            ...(differs && { comparison, shownOutput, ...(shownParts && { shownParts }) }),
          }
        }
      }
      results.set(sample.id, result)
      return result
    })
  },
}

/**
 * The runs of a session stopped by the limits in a loop that never ends on
 * purpose (`for color in itertools.cycle(colors):`, endless-loops.ts), before
 * its last sample: the samples after it run again without it (and without
 * those taking names from it, which then did not run), as a reader stops the
 * loop and goes on. `undefined` when the session was not stopped so.
 */
async function afterEndlessLoop(
  job: Job,
  runs: SampleRun[],
  settings: JobSettings,
): Promise<{ runs: SampleRun[]; samplePaths: (string | undefined)[] } | undefined> {
  const stopped = runs.length - 1
  const culprit = job.samples[stopped]
  const run = runs[stopped]
  const limited = run && (run.timedOut || run.truncated || run.exceededLimit !== undefined)
  if (!culprit || !run || !limited || stopped === job.samples.length - 1) return undefined
  if (!endlessLoopAt(culprit, run.output)) return undefined
  const dropped = takingFrom(job.samples, culprit)
  const rest = job.samples.filter((sample) => !dropped.has(sample))
  const again = await programJob.run({ ...job, samples: rest }, settings)
  // Note: a sample that did not run has no run, a hole in the list, as for a refused input.
  const merged: SampleRun[] = []
  const samplePaths: (string | undefined)[] = []
  job.samples.forEach((sample, index) => {
    const kept = rest.indexOf(sample)
    const keptRun = kept < 0 ? undefined : again.runs[kept]
    if (sample === culprit) merged[index] = run
    else if (keptRun) merged[index] = keptRun
    samplePaths[index] = kept < 0 ? undefined : (again.samplePaths?.[kept] ?? again.samplePath)
  })
  return { runs: merged, samplePaths }
}

/** Whether a sample's result leaves the names it defines as the post means them. */
function isSound(result: SampleResult): boolean {
  // A `>>>` session whose blanks are only in its outputs still defined its names.
  const session =
    result.check === 'pseudo-code' &&
    result.sample.expected?.kind === 'transcript' &&
    blankKeepsNames(result.summary)
  if (result.sample.partial !== undefined) return false
  return result.status === 'passed' || result.check === 'varies' || session
}

/**
 * Whether a sample ran through as its code says, whatever it printed: sound, or failed on
 * its output alone, with no error raised where the post shows none (a `>>>` example that
 * raised another message than the documented error still ran its other examples). What it
 * defined and changed in place (`d['k'] = v`) is then there, and a later sample's own
 * failure is its own, as doctest reports each example.
 */
export function ranThrough(result: SampleResult): boolean {
  if (isSound(result)) return true
  const diff = result.comparison?.diff ?? []
  const isError = (text: string) =>
    /^(?:Traceback \(most recent call last\):|Uncaught\b|[A-Z]\w*(?:Error|Exception)\b)/.test(text)
  const raised =
    (result.run !== undefined && result.run.exitCode !== 0) ||
    diff.some((line) => line.kind === 'actual' && isError(line.text))
  const documented = diff.some((line) => line.kind === 'expected' && isError(line.text))
  return (
    result.status === 'failed' && result.ruleId === ruleIds.sampleOutput && (!raised || documented)
  )
}

/**
 * Whether a failed sample raised the very exception its documented output
 * shows (`TypeError: __init__() got ...` where it raised `TypeError:
 * Vehicle.__init__() got ...`), only its message differing.
 */
function sameErrorRaised(result: SampleResult): boolean {
  const diff = result.comparison?.diff ?? []
  const types = (kind: 'expected' | 'actual') =>
    new Set(
      diff
        .filter((line) => line.kind === kind)
        .flatMap((line) => /^\s*([A-Z]\w*(?:Error|Exception)):/.exec(line.text)?.[1] ?? []),
    )
  const expected = types('expected')
  const actual = types('actual')
  return expected.size > 0 && [...expected].every((name) => actual.has(name))
}

/** The note on a sample that failed, or did not run, because a sample it needs did not work. */
export function dependsOn(sample: Sample, cause: Sample | undefined, what: string): SampleResult {
  const where = cause
    ? ` the sample at ${path.basename(cause.path)}:${cause.line}`
    : ' an earlier sample'
  // A class listed in part ran, but is not the class the post means (partial-listings.ts).
  const why = cause?.partial ? `, ${cause.partial}` : ', which did not work'
  return {
    ...verdict(sample, 'noted', `${what}: depends on${where}${why}`),
    check: 'depends',
  }
}

/**
 * The run of each sample of a session, from its marker lines: a sample that
 * ended has its own exit code; the one the process stopped in has the
 * process's; those it never reached have none. `lastByProcess`: the last
 * sample's exit code is the process's (a program ends with it).
 */
function sessionRuns(
  run: RunResult,
  marker: string,
  count: number,
  lastByProcess: boolean,
): SampleRun[] {
  const runs: SampleRun[] = []
  for (const [index, sample] of readMarkedOutput(run.output, marker, count).entries()) {
    const sorted = [...sample.parts.entries()].sort(([a], [b]) => a - b)
    const parts = sorted.map(([k, text]) => replShown(text, sample.values.get(k)))
    const printedParts = sorted.map(([k, text]) => {
      const at = sample.values.get(k)
      return at === undefined ? undefined : text.slice(0, at)
    })
    const partStatuses = sorted.map(([k]) => sample.statuses.get(k))
    const ended =
      sample.exitCode !== undefined && !(lastByProcess && index === count - 1 && count > 1)
    runs.push(
      ended
        ? {
            ...run,
            output: sample.output,
            parts,
            printedParts,
            partStatuses,
            exitCode: sample.exitCode ?? 0,
            signal: null,
            timedOut: false,
            truncated: false,
          }
        : { ...run, output: sample.output, parts, printedParts, partStatuses },
    )
    if (!ended) break
  }
  return runs
}

/**
 * The lines the type checker reports errors at, on the run of each
 * TypeScript sample whose comments say a line does not compile (`null`
 * when no TypeScript compiler is installed).
 */
async function withTypeErrors(
  samples: readonly Sample[],
  runs: readonly (SampleRun | undefined)[],
): Promise<void> {
  await Promise.all(
    samples.map(async (sample, index) => {
      const run = runs[index]
      if (!run || !(sample.compileClaims?.length || sample.compilesClaims?.length)) return
      run.typeErrors = (await typeErrorLines(sample.code)) ?? null
    }),
  )
}

/** The file name of an ES module: `sample.mjs`, `sample.mts`. */
const moduleFile = /\.m[jt]s$/u
