import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as z from 'zod'
import { ruleIds } from '../../messages.js'
import type { DiffLine } from '../compare/compare-output.js'
import { isProseElision } from '../compare/prose-elision.js'
import { differsByCaptionOnly } from '../compare/session-captions.js'
import { dictOrderClaimedUnordered } from '../compare/varying/claimed-unordered.js'
import { sessionVaryingKinds } from '../compare/varying/session-varying.js'
import { differsInSetOrderOnly, poppedInOtherOrder } from '../compare/varying/set-order.js'
import { sessionFailLine, syntaxErrorLine } from '../judge/session-fail-line.js'
import { writeNamedFiles } from '../read/named-files.js'
import { authorMachineNeed } from '../read/not-checkable/needs/author-machine.js'
import { callsRemovedBuiltin } from '../read/not-checkable/needs/python2-builtins.js'
import { sessionNote } from '../read/not-checkable/needs/session-unrunnable.js'
import { sessionBlank } from '../read/not-checkable/shown/session-blanks.js'
import { buildsStringSets } from '../read/outputs/comments/varying-sources.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { isIpythonSession } from '../read/transcripts/python-sessions.js'
import { readsTheClock } from '../read/varying/clock-reads.js'
import { machineReads } from '../read/varying/machine-reads.js'
import { showsObjectSize } from '../read/varying/object-sizes.js'
import { drawnAtRandom } from '../read/varying/random-draws.js'
import { doctestDriver } from './doctest-driver.js'
import { failure, type JobKind, limitFailure, timeoutOf, verdict } from './job.js'
import { runProcess } from './run-process.js'
import { inTemporaryFolder } from './temporary-folder.js'

/** One example's report from the doctest driver. */
const exampleReport = z.object({
  line: z.number(),
  /** The line, within the session, its output starts at: after every line of its source, typed with `...` or not. */
  wantAt: z.number().optional(),
  ok: z.boolean(),
  want: z.string().optional(),
  got: z.string().optional(),
  /** What varies in an example that matches but for a value of the machine. */
  varies: z.string().optional(),
  /** Whether its documented output leaves output out in words (`...many other things...`). */
  elided: z.boolean().optional(),
  /** A name it raised `NameError` for that no import finds: the session needs setup the page does not show. */
  unbound: z.string().optional(),
})

type ExampleReport = z.output<typeof exampleReport>

/** The driver's last line: every example was run. */
const doneReport = z.object({ done: z.literal(true), examples: z.number() })

/** Interactive `>>>` sessions, checked by Python's doctest. */
export const transcriptJob: JobKind = {
  async run(job, settings) {
    const [sample] = job.samples
    if (!sample) return { runs: [], samplePath: '' }
    return inTemporaryFolder(async (folder) => {
      const samplePath = path.join(folder, 'transcript.txt')
      const driver = path.join(folder, 'postdeck_doctest.py')
      await writeFile(samplePath, sample.expected?.doctest ?? sample.code)
      await writeFile(driver, doctestDriver)
      // The files fences are saved as (`# shapes.py`), for `>>> from shapes import area`.
      await writeNamedFiles(folder, sample.files)
      const run = await runProcess(
        {
          command: sample.runner.interpreter,
          args: [
            '-X',
            'utf8',
            '-u',
            driver,
            samplePath,
            String(settings.outputCap),
            ...(isIpythonSession(sample.code) ? ['ipython'] : []),
          ],
        },
        {
          cwd: folder,
          timeoutMs: timeoutOf(sample, settings) * 1000,
          outputCap: settings.outputCap,
          signal: settings.signal,
          stdoutOnly: true,
          executables: settings.executables,
        },
      )
      return { runs: [run], samplePath }
    })
  },

  judge(job, { runs: [run], samplePath }, settings) {
    const [sample] = job.samples
    if (!sample || !run) return []
    const stopped = limitFailure(sample, run, settings)
    if (stopped) return [stopped]
    const stringSets = buildsStringSets(sample.expected?.doctest ?? sample.code)
    const drawn = drawnAtRandom(sample.expected?.doctest ?? sample.code)
    const timed = readsTheClock(sample.expected?.doctest ?? sample.code, sample.dated)
    const sized = showsObjectSize(sample.expected?.doctest ?? sample.code)
    const sessionLines = (sample.expected?.doctest ?? sample.code).split('\n')
    const written = run.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        const parsed = exampleReport.safeParse(parseJson(line))
        return parsed.success ? [parsed.data] : []
      })
    // Elements a set of strings popped in another order than the post's (set-order.ts).
    const popped = new Set(
      poppedInOtherOrder(
        written,
        (sample.expected?.doctest ?? sample.code).split('\n'),
        stringSets,
      ) ?? [],
    )
    // The machine values the session's code prints: a moment in the local zone (machine-reads.ts).
    const reads = machineReads(sample.code)
    const reports = written
      .map((report) =>
        popped.has(report.line) ? { ...report, ok: true, varies: 'set order' } : report,
      )
      .map((report) =>
        !report.ok && differsByCaptionOnly(report.want, report.got)
          ? { ...report, ok: true }
          : report,
      )
      .map((report) => {
        if (setOrderVaries(report, stringSets)) return { ...report, ok: true, varies: 'set order' }
        if (dictOrderClaimed(report, sessionLines))
          return { ...report, ok: true, varies: 'dict order' }
        if (drawn(report)) return { ...report, ok: true, varies: 'random number' }
        if (timed(report)) return { ...report, ok: true, varies: 'clock reading' }
        if (sized(report)) return { ...report, ok: true, varies: 'object size' }
        // The session ran in the folder of its transcript, its `HOME` and working folder.
        const home = samplePath ? path.dirname(samplePath) : undefined
        const kinds = sessionVaryingKinds(report, new Date(), reads, home)
        return kinds ? { ...report, ok: true, varies: kinds.join(', ') } : report
      })
    const failed = reports.filter((report) => !report.ok)
    const done = run.output
      .split('\n')
      .map((line) => doneReport.safeParse(parseJson(line)))
      .find((parsed) => parsed.success)?.data
    if (!done || done.examples !== reports.length) {
      const summary = `the \`>>>\` session ended after ${reports.length} of its examples, before the rest were checked`
      return [{ ...failure(sample, summary, ruleIds.sampleExit), run }]
    }
    const varying = reports.filter((report) => report.varies !== undefined)
    if (failed.length === 0 && run.exitCode === 0 && varying.length > 0) {
      const kinds = [...new Set(varying.map((report) => report.varies))].join(', ')
      return [
        {
          ...verdict(
            sample,
            'noted',
            `output matches but for values that vary from ${varying.some((report) => /machine|user and host|time zone|path separator/u.test(report.varies ?? '')) ? 'machine to machine' : 'run to run'} (${kinds})`,
          ),
          line: sample.line + 1 + (varying[0]?.line ?? 0),
          check: 'varies',
          run,
        },
      ]
    }
    const elided = failed.filter((report) => report.elided)
    if (failed.length > 0 && elided.length === failed.length && run.exitCode === 0) {
      const at = sample.line + 1 + (elidedLine(sample, elided[0]) ?? elided[0]?.line ?? 0)
      return [
        {
          ...verdict(
            sample,
            'noted',
            `not checkable: the output at line ${at} is elided in words, not shown whole`,
          ),
          line: at,
          check: 'pseudo-code',
          run,
        },
      ]
    }
    // Every example skipped (IPython's help `format?`, a result for Python 2): nothing was compared.
    if (reports.length === 0 && run.exitCode === 0) {
      return [
        {
          ...verdict(
            sample,
            'noted',
            'not checked: every example of the session is skipped (IPython’s own commands, such as `format?`, or results for another Python)',
          ),
          check: 'skipped',
          run,
        },
      ]
    }
    if (failed.length === 0 && run.exitCode === 0) {
      return [
        {
          ...verdict(sample, 'passed', `output matches (${reports.length} examples)`),
          check: 'compared',
          run,
        },
      ]
    }
    const first = failed[0]
    const source = (sample.expected?.doctest ?? sample.code).split('\n')
    const note = sessionNote(source, failed)
    if (note) {
      const line = sample.line + 1 + note.line
      const summary =
        note.check === 'varies'
          ? `output matches but for values that vary from run to run (${note.reason})`
          : `not checkable: ${note.reason}, at line ${line}`
      return [{ ...verdict(sample, 'noted', summary), line, check: note.check, run }]
    }
    const setup = setupNotShown(failed)
    if (setup && !usedBeforeShown(sample, setup.unbound)) {
      const line = sample.line + 1 + setup.line
      return [
        {
          ...verdict(
            sample,
            'noted',
            `not checkable: needs setup not shown (name \`${setup.unbound}\`), at line ${line}`,
          ),
          line,
          setupName: setup.unbound,
          check: 'pseudo-code',
          run,
        },
      ]
    }
    const blank = first && sessionBlank(source, first.line, first.want)
    if (blank) {
      const line = sample.line + 1 + (first?.line ?? 0)
      return [
        {
          ...verdict(sample, 'noted', `not checkable: ${blank} at line ${line}`),
          line,
          check: 'pseudo-code',
          run,
        },
      ]
    }
    // An example that differs raised for want of a file of the author's (`open('Data/x.csv')`), or
    // showed what the author's folders hold where it found nothing here (`os.walk('C:\\delicious')`).
    const machine =
      first?.got !== undefined
        ? authorMachineNeed(
            sample,
            failed.map((report) => report.got ?? '').join('\n'),
            '',
            failed.map((report) => sample.line + 1 + report.line),
          )
        : undefined
    if (machine) {
      const line = sample.line + 1 + (first?.line ?? 0)
      return [
        {
          ...verdict(sample, 'noted', `not checkable: ${machine}, at line ${line}`),
          line,
          check: 'pseudo-code',
          run,
        },
      ]
    }
    const summary =
      failed.length === 0
        ? `the doctest run exited with code ${run.exitCode}`
        : `${failed.length} of ${reports.length} examples of the \`>>>\` session differ`
    const diff = failed.flatMap((report) => exampleDiff(sample, report))
    return [
      {
        ...failure(sample, summary, ruleIds.sampleOutput),
        line: failLine(sample, failed[0]),
        comparison: {
          ok: false,
          diff,
          normalisers: [],
          timingOnly: false,
        },
        run,
      },
    ]
  },
}

/**
 * The first failed example of a session that uses a name nothing binds
 * before it, on the page or in the session, and no import finds
 * (`parser.add_argument(...)` where no fence makes `parser`): the author's
 * interpreter was set up off the page, so the session cannot be replayed
 * here. A module left unimported (`re.sub(...)` without `import re`) is
 * importable, so it stays a failure, as doctest reports it.
 */
function setupNotShown(failed: ExampleReport[]): (ExampleReport & { unbound: string }) | undefined {
  const first = failed[0]
  return first?.unbound === undefined ? undefined : { ...first, unbound: first.unbound }
}

/**
 * Whether an unbound name is the post's own fault rather than setup it
 * leaves out: a later sample imports it (the reader running the
 * post in order meets the `NameError` too), or it is a Python 2 built-in
 * that Python 3 removed (`reduce(...)` without `from functools import reduce`).
 */
function usedBeforeShown(sample: Sample, name: string): boolean {
  return (
    sample.shownLater?.[name] !== undefined ||
    callsRemovedBuiltin(sample.expected?.doctest ?? sample.code, name)
  )
}

/** The line, within the session, of an example's first line of output elided in words. */
function elidedLine(sample: Sample, report: ExampleReport | undefined): number | undefined {
  if (!report) return undefined
  const source = (sample.expected?.doctest ?? sample.code).split('\n')
  const at = source.findIndex((text, index) => index > report.line && isProseElision(text))
  return at < 0 ? undefined : at
}

/** Whether an example differs only in the order of a set's elements, which Python's string hashes decide per run. */
/** A dict shown in another order than the post's, whose input says dict keys are unordered. */
function dictOrderClaimed(report: ExampleReport, lines: readonly string[]): boolean {
  return (
    !report.ok && dictOrderClaimedUnordered(lines[report.line], report.want ?? '', report.got ?? '')
  )
}

function setOrderVaries(report: ExampleReport, stringSets: boolean): boolean {
  return !report.ok && differsInSetOrderOnly(report.want ?? '', report.got ?? '', stringSets)
}

/**
 * The post line a failed session is reported at: its first failed example's
 * documented error, when the error it raised differs from it, else its first
 * documented output line that differs, else its prompt (or the line of it a
 * syntax error names).
 */
function failLine(sample: Sample, report: ExampleReport | undefined): number {
  const diff = report ? exampleDiff(sample, report) : []
  // A syntax error in an example over several lines is on the line the compiler names.
  const within = (syntaxErrorLine(report?.got) ?? 1) - 1
  return (
    errorLineOf(diff) ?? sessionFailLine(diff) ?? sample.line + 1 + (report?.line ?? 0) + within
  )
}

/** The post line of an example's documented error, when the error it raised differs from it. */
function errorLineOf(diff: DiffLine[]): number | undefined {
  const documented = diff.findLast((line) => line.kind === 'expected')
  if (!documented || !/^[A-Za-z_][\w.]*(?:Error|Exception|Warning)\b/.test(documented.text)) {
    return undefined
  }
  const raised = diff.some((line) => line.kind === 'actual' && line.text === documented.text)
  return raised ? undefined : documented.line
}

/** An example's wanted lines, with their lines in the post, against what it printed. */
function exampleDiff(sample: Sample, report: ExampleReport): DiffLine[] {
  const lines = (text: string | undefined) => (text ?? '').replace(/\n$/, '').split('\n')
  const source = (sample.expected?.doctest ?? sample.code).split('\n')
  const unprompted = source.findIndex(
    (text, index) => index > report.line && !/^(?:>>>|\.\.\.)( |$)/.test(text),
  )
  // Lines typed under an open statement without their `...` prompt are its source (open-continuations.ts).
  const wantStart = unprompted < 0 ? unprompted : Math.max(unprompted, report.wantAt ?? 0)
  return [
    ...lines(report.want).map((text, offset) => ({
      kind: 'expected' as const,
      text,
      line: sample.line + 1 + wantStart + offset,
    })),
    ...lines(report.got).map((text) => ({ kind: 'actual' as const, text })),
  ]
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
