import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import escapeStringRegexp from 'escape-string-regexp'
import { ruleIds } from '../../messages.js'
import { commentsInPrintOrder } from '../compare/comments-in-print-order.js'
import { type Comparison, compareOutput, type DiffLine } from '../compare/compare-output.js'
import { comparePart, raisedNamed } from '../compare/compare-parts.js'
import { heldAbove, raisedRightAbove, stoppedAsClaimed } from '../compare/error-above-claim.js'
import { contradictsMessage, raisedMessage } from '../compare/error-messages.js'
import { withoutNodeInternals } from '../compare/node-internals.js'
import { endsWithNodeError, isPythonStackLine } from '../compare/stack-frames.js'
import { setAsideWarnings, showsWarning } from '../compare/warnings.js'
import type { DocumentedError } from '../read/error-claims/error-comments.js'
import { writeNamedFiles } from '../read/named-files.js'
import { absentLibraryNeed, absentPackageNeed } from '../read/not-checkable/absent-package.js'
import { alternativeFormsAt } from '../read/not-checkable/alternative-forms.js'
import { absentFileNeed } from '../read/not-checkable/author-machine.js'
import { browserCallClaimed } from '../read/not-checkable/browser-only.js'
import { describedSetupNeed } from '../read/not-checkable/described-setup.js'
import { equivalentFormsAt } from '../read/not-checkable/equivalent-forms.js'
import { interactiveShellNeed } from '../read/not-checkable/interactive-shell.js'
import { networkNeed } from '../read/not-checkable/network.js'
import { optionTableAt } from '../read/not-checkable/option-tables.js'
import { placeholderConditionNeed } from '../read/not-checkable/placeholder-conditions.js'
import { errorLine, errorLines, pseudoCodeAt } from '../read/not-checkable/pseudo-code.js'
import { blankKeepsNames } from '../read/not-checkable/session-blanks.js'
import { stoppedForInput } from '../read/not-checkable/typed-input-stop.js'
import { unloadedNamespaceNeed } from '../read/not-checkable/unloaded-namespace.js'
import { withoutAuthorsWords } from '../read/outputs/prose-among-output.js'
import { buildsStringSets } from '../read/outputs/varying-sources.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { shebangShellOptions } from '../read/sample-code.js'
import { silentTranscriptFailed } from '../read/transcripts/silent-transcript.js'
import { isShellRunner } from '../runner-id.js'
import { withAuthorsLines } from './author-lines.js'
import { syntaxErrorsAlone } from './early-errors.js'
import { instrumentParts } from './instrument.js'
import {
  failure,
  type JobKind,
  type JobSettings,
  limitFailure,
  type SampleResult,
  type SampleRun,
  timeoutOf,
  verdict,
} from './job.js'
import { readMarkedOutput } from './marked-output.js'
import { pythonSessionDriver } from './python-driver.js'
import { refusedAtClaim } from './refused-at-claim.js'
import { asConsoleInputs } from './repl-declarations.js'
import { type RunResult, runProcess } from './run-process.js'
import { shellErrorShown } from './shell-error-shown.js'
import { statusShownByOutput } from './shell-status.js'
import { inTemporaryFolder } from './temporary-folder.js'
import { transcriptJob } from './transcript-job.js'
import { asTypedErrors } from './typed-errors.js'

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
    }
    const driven =
      runner.id === 'python' &&
      (job.samples.length > 1 || job.samples.some((sample) => sample.expected?.parts))
    return inTemporaryFolder(async (folder) => {
      await writeNamedFiles(folder, Object.assign({}, ...job.samples.map((sample) => sample.files)))
      if (driven) {
        const files = job.samples.map((_, index) =>
          path.join(folder, index === 0 ? 'sample.py' : `sample_${index + 1}.py`),
        )
        const plan = {
          marker,
          samples: job.samples.map((sample, index) => ({
            file: files[index],
            doctest: sample.expected?.kind === 'transcript',
            parts: (sample.expected?.parts ?? []).map(({ from, to, value, error, shows }) => ({
              from,
              to,
              value,
              error: error !== undefined,
              shows: shows ?? null,
            })),
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
        return {
          runs: sessionRuns(run, marker, job.samples.length, false),
          samplePath: files[0] ?? '',
          samplePaths: files,
        }
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
        const code = instrumentParts(runner, input, parts, marker, index)
        const end = `\n${runner.printMarker(`${marker}:end:${index}:0`)}\n`
        return job.samples.length === 1
          ? { code, input }
          : { code: `${code}${end}`, input: `${input}${end}` }
      })
      const code = pieces.map((piece) => piece.code).join('')
      const samplePath = path.join(folder, runner.fileName(code))
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
      const runs = sessionRuns(run, marker, job.samples.length, true)
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
      const blocker = sample.needs
        .map((id) => results.get(id))
        .find((result) => result !== undefined && !ranThrough(result))
      let result: SampleResult
      if (!run) {
        result = dependsOn(sample, blocker?.sample ?? stoppedIn, 'did not run')
      } else {
        result = judgeRun(sample, run, samplePath, settings)
        if (blocker && result.status === 'failed') {
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

/** Whether a sample's result leaves the names it defines as the post means them. */
function isSound(result: SampleResult): boolean {
  // A `>>>` session whose blanks are only in its outputs still defined its names.
  const session =
    result.check === 'pseudo-code' &&
    result.sample.expected?.kind === 'transcript' &&
    blankKeepsNames(result.summary)
  return result.status === 'passed' || result.check === 'varies' || session
}

/**
 * Whether a sample ran through as its code says, whatever it printed: sound, or failed on
 * its output alone, with no error raised where the post shows none (a `>>>` example that
 * raised another message than the documented error still ran its other examples). What it
 * defined and changed in place (`d['k'] = v`) is then there, and a later sample's own
 * failure is its own, as doctest reports each example.
 */
function ranThrough(result: SampleResult): boolean {
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

/** The note on a sample that failed, or did not run, because a sample it needs did not work. */
function dependsOn(sample: Sample, cause: Sample | undefined, what: string): SampleResult {
  const where = cause
    ? ` the sample at ${path.basename(cause.path)}:${cause.line}`
    : ' an earlier sample'
  return {
    ...verdict(sample, 'noted', `${what}: depends on${where}, which did not work`),
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
    const ended =
      sample.exitCode !== undefined && !(lastByProcess && index === count - 1 && count > 1)
    runs.push(
      ended
        ? {
            ...run,
            output: sample.output,
            parts,
            printedParts,
            exitCode: sample.exitCode ?? 0,
            signal: null,
            timedOut: false,
            truncated: false,
          }
        : { ...run, output: sample.output, parts, printedParts },
    )
    if (!ended) break
  }
  return runs
}

/**
 * What a REPL shows of an expression: what it printed, then its value, but
 * for an `undefined` value after printed text (a call that logs).
 */
function replShown(text: string, valueAt: number | undefined): string {
  if (valueAt === undefined) return text
  const printed = text.slice(0, valueAt)
  const value = text.slice(valueAt)
  return printed.trim() !== '' && value.trim() === 'undefined' ? printed : text
}

/** Renumber `file:LINE` and `file: line LINE` in a sample's output by the lines before it in the program. */
function ownLineNumbers(output: string, samplePath: string, offset: number): string {
  const pattern = new RegExp(`(${escapeStringRegexp(samplePath)}(?::| line ))(\\d+)`, 'g')
  return output.replace(pattern, (_, prefix: string, line: string) => {
    const own = Number(line) - offset
    return own > 0 ? `${prefix}${own}` : `${prefix}${line}`
  })
}

function judgeRun(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
  settings: JobSettings,
): SampleResult {
  const stopped = limitFailure(sample, run, settings)
  // A run of a file that is not here is no failure, however it ended.
  const absent = stopped && (absentFileNeed(sample) ?? interactiveShellNeed(sample))
  if (absent) {
    return { ...verdict(sample, 'noted', `not checkable: ${absent}`), check: 'pseudo-code', run }
  }
  if (stopped) return stopped
  if (sample.expectedError) {
    // Stopped earlier at an `input()` the reader answers: the claim was never reached.
    const typed = stoppedForInput(sample, run.output, samplePath, sample.expectedError.line)
    if (typed) {
      return { ...verdict(sample, 'noted', `not checkable: ${typed}`), check: 'pseudo-code', run }
    }
    return judgeDocumentedError(sample, run, samplePath)
  }
  const { run: quiet, warnings } = withoutUnshownWarnings(
    sample,
    asTypedErrors(sample, run, samplePath),
  )
  // Judged without the author's words among a session's outputs; reported as the sample it is.
  const judged = withoutAuthorsWords(sample, quiet.parts)
  const judgedResult = judgeQuietRun(judged, quiet, samplePath, settings)
  const words = (judged.expected?.reason ?? '').slice(sample.expected?.reason.length ?? 0)
  const result = { ...judgedResult, sample, summary: judgedResult.summary + words }
  if (warnings.length === 0 || result.status !== 'passed') return result
  const first = `\`${warnings[0]}\``
  const more = warnings.length > 1 ? ` and ${warnings.length - 1} more` : ''
  return {
    ...result,
    summary: `${result.summary}; a warning the post does not show, not compared: ${first}${more}`,
  }
}

/**
 * The run without the warnings its documented output does not show
 * (`compare/warnings.ts`), and those warnings; the run as it is when the
 * post shows a warning or documents no output.
 */
function withoutUnshownWarnings(
  sample: Sample,
  run: SampleRun,
): { run: SampleRun; warnings: string[] } {
  if (!sample.expected || showsWarning(sample.expected.lines)) return { run, warnings: [] }
  const whole = setAsideWarnings(run.output)
  const parts = run.parts?.map((part) => setAsideWarnings(part))
  const printedParts = run.printedParts?.map((part) =>
    part === undefined ? undefined : setAsideWarnings(part).output,
  )
  return {
    run: {
      ...run,
      output: whole.output,
      ...(parts && { parts: parts.map((part) => part.output) }),
      ...(printedParts && { printedParts }),
    },
    warnings: [...new Set([...whole.warnings, ...(parts ?? []).flatMap((part) => part.warnings)])],
  }
}

function judgeQuietRun(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
  settings: JobSettings,
): SampleResult {
  if (sample.expected?.kind === 'transcript') {
    const [result] = transcriptJob.judge(
      { samples: [sample], timed: false },
      { runs: [run], samplePath },
      settings,
    )
    if (result) return result
  }
  const expectedExit = expectedExitCode(sample)
  const comparison = sample.expected ? compareSample(sample, run, samplePath) : undefined
  const compared = comparison ? { comparison } : {}
  const exitDiffers =
    run.exitCode !== expectedExit &&
    !statusShownByOutput(sample) &&
    !shellErrorShown(sample) &&
    !stoppedAsClaimed(comparison)
  const refused = exitDiffers ? refusedAtClaim(sample, run.output, samplePath) : undefined
  if (refused) {
    const at = sample.line + refused.line
    return {
      ...verdict(
        sample,
        'passed',
        `is refused with a \`SyntaxError\` at line ${at}, as its comment says (\`${refused.comment}\`); nothing above it can run`,
      ),
      check: 'compared',
      run,
      shownOutput: shown(run.output, samplePath),
    }
  }
  // Output that agrees but for values of the run or the machine is the sample's own, no pseudo-code.
  const variesOnly = comparison?.variesOnly === true && !exitDiffers
  if (((comparison && !comparison.ok) || exitDiffers) && !variesOnly) {
    const pseudo =
      absentPackageNeed(sample, run.output) ??
      absentLibraryNeed(sample, run.output) ??
      pseudoCodeAt(sample, run.output, samplePath) ??
      equivalentFormsAt(sample, run.output, samplePath) ??
      alternativeFormsAt(sample, run.output, samplePath) ??
      unloadedNamespaceNeed(sample, run.output) ??
      placeholderConditionNeed(sample, run.output) ??
      optionTableAt(sample) ??
      silentTranscriptFailed(sample, run) ??
      interactiveShellNeed(sample) ??
      networkNeed(sample, run.output, run.exitCode) ??
      describedSetupNeed(sample, run.output, samplePath)
    if (pseudo) {
      return { ...verdict(sample, 'noted', `not checkable: ${pseudo}`), check: 'pseudo-code', run }
    }
  }
  if (comparison && !comparison.ok) {
    if (sample.wrongExpectation !== undefined && !exitDiffers) {
      return {
        ...verdict(
          sample,
          'noted',
          `not checked: the lead-in at line ${sample.wrongExpectation} shows this output as the wrong expectation`,
        ),
        check: 'skipped',
        comparison,
        run,
        shownOutput: shown(run.output, samplePath),
      }
    }
    if (comparison.variesOnly && !exitDiffers) {
      return {
        ...verdict(sample, 'noted', 'output matches but for values that vary from run to run'),
        check: 'varies',
        comparison,
        run,
        shownOutput: shown(run.output, samplePath),
      }
    }
    // A Python error the post does not document is reported at the line its traceback names.
    // Note: not a JavaScript stack, whose line for an expression over several lines is its first.
    const raisedAt =
      exitDiffers &&
      run.exitCode !== 0 &&
      sample.runner.id === 'python' &&
      !sample.expected?.lines.some((line) => /^\s*File "|^[\w.]*(?:Error|Exception)\b/.test(line))
        ? errorLine(run.output, samplePath)
        : undefined
    return {
      ...failure(sample, 'output differs from the documented output', ruleIds.sampleOutput),
      line:
        raisedAt !== undefined
          ? sample.line + raisedAt
          : (firstDifference(comparison) ?? sample.line),
      comparison,
      run,
      ...shownRun(run, samplePath),
    }
  }
  const stated = statedErrorResult(sample, run, samplePath, comparison)
  if (stated) return stated
  if (exitDiffers) {
    const how =
      run.exitCode === null ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`
    return {
      ...failure(sample, `${how}, expected ${expectedExit}`, ruleIds.sampleExit),
      run,
      ...compared,
    }
  }
  const browserOnly = comparison?.browserOnly ?? []
  const browser = [...new Set(browserOnly)]
  if (browser.length > 0) {
    const names = browser.map((name) => `\`${name}\``).join(', ')
    const compared = (sample.expected?.parts?.length ?? 0) > browserOnly.length
    const why = `${names} ${browser.length === 1 ? 'is' : 'are'} a browser's, not Node's`
    if (!compared) {
      return {
        ...verdict(sample, 'noted', `not checkable here: ${why}`),
        check: 'skipped',
        run,
      }
    }
    return {
      ...verdict(sample, 'passed', `output matches, but for statements using ${names}: ${why}`),
      check: 'compared',
      run,
      shownOutput: shown(run.output, samplePath),
      ...(comparison ? { comparison } : {}),
    }
  }
  // Comments that only describe the output in words (`# 添加新元素`) compared nothing: it ran.
  const described = comparison?.partsCompared === 0
  const summary =
    sample.expected && !described
      ? 'output matches'
      : `ran and exited with code ${expectedExit}${described ? ' (its comments describe the output in words: nothing to compare)' : ''}`
  return {
    ...verdict(sample, 'passed', summary),
    check: sample.expected && !described ? 'compared' : 'ran',
    run,
    shownOutput: shown(run.output, samplePath),
    ...compared,
  }
}

/**
 * A sample that failed where the prose after it says it fails (`this raises \`NameError\``,
 * `运行会报错`): it passes when its error is the one named (any, when none is), and fails
 * with the error it raised instead. `undefined` when it ran clean or the prose says
 * nothing of an error.
 */
function statedErrorResult(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
  comparison: Comparison | undefined,
): SampleResult | undefined {
  const stated = sample.statedError
  // Prose is a weaker claim than a comment on the line: it excuses an error, it fails no clean run.
  if (!stated || run.exitCode === null || run.exitCode === 0) return undefined
  const what = stated.name ? `\`${stated.name}\`` : 'an error'
  if (stated.name !== undefined && !raisedNamed(run.output, stated.name)) {
    // The sentence's claim against the error line the run ended with.
    const raised = raisedErrorLine(run.output)
    const diff: DiffLine[] = [
      { kind: 'expected', text: stated.sentence, line: stated.postLine },
      ...(raised ? [{ kind: 'actual' as const, text: raised }] : []),
    ]
    return {
      ...failure(
        sample,
        `failed with another error, where the sentence at line ${stated.postLine} says it raises ${what}`,
        ruleIds.sampleExit,
      ),
      line: stated.postLine,
      run,
      comparison: { ok: false, diff, normalisers: [], timingOnly: false },
    }
  }
  return {
    ...verdict(sample, 'passed', `raises ${what}, as the sentence at line ${stated.postLine} says`),
    check: 'compared',
    run,
    shownOutput: shown(run.output, samplePath),
    ...(comparison && { comparison }),
  }
}

/** The last line of an output naming an error (`IndexError: list index out of range`), else its last line. */
function raisedErrorLine(output: string): string | undefined {
  const lines = output.trimEnd().split('\n')
  return (
    lines.findLast((line) => /^(?:Uncaught )?[\w.]*(?:Error|Exception)\b/.test(line)) ??
    lines.at(-1)
  )
}

/** Whether the sample fails at the line its comment says, with the error it names. */
function judgeDocumentedError(sample: Sample, run: SampleRun, samplePath: string): SampleResult {
  const documented = sample.expectedError
  if (!documented) throw new Error('judgeDocumentedError needs a documented error')
  const what = documented.name ? `\`${documented.name}\`` : 'an error'
  const frames = errorLines(run.output, samplePath)
  const named = documented.name === undefined || raisedNamed(run.output, documented.name)
  // The line may call a function that throws: any frame of the sample at that line counts.
  const through = documented.through ?? documented.line
  const atLine = frames.some((frame) => frame >= documented.line && frame <= through)
  // The message the comment quotes names the error too: `b is not defined` is not a TDZ error.
  const otherMessage =
    documented.name !== undefined &&
    documented.message !== undefined &&
    named &&
    contradictsMessage(documented.message, run.output, documented.name)
  if (
    run.exitCode !== 0 &&
    named &&
    !otherMessage &&
    (frames.length === 0 || atLine || earlyError(documented, run.output))
  ) {
    return {
      ...verdict(
        sample,
        'passed',
        `raises ${what} at line ${documented.postLine}, as its comment says`,
      ),
      check: 'compared',
      run,
      shownOutput: shown(run.output, samplePath),
    }
  }
  // Stopped before the documented error by a name standing for any condition (`if (condition)`).
  const placeholder = run.exitCode === 0 ? undefined : placeholderConditionNeed(sample, run.output)
  if (placeholder) {
    return {
      ...verdict(sample, 'noted', `not checkable: ${placeholder}`),
      check: 'pseudo-code',
      run,
    }
  }
  const summary =
    run.exitCode === 0
      ? `ran without error, but line ${documented.postLine} says it raises ${what} (\`${documented.comment}\`)`
      : otherMessage
        ? `raises ${what} with another message than line ${documented.postLine} says: \`${raisedMessage(run.output, documented.name ?? '')}\``
        : `failed, but not with ${what} at line ${documented.postLine} as its comment says`
  return { ...failure(sample, summary, ruleIds.sampleExit), line: documented.postLine, run }
}

/**
 * Whether the program was refused before it ran with the syntax error the
 * comment quotes, message and all: such an early error stops the whole
 * program, so the comment may stand under the call that would have reached
 * the code at fault (`saySomething()` / `// SyntaxError: Duplicate parameter name ...`).
 */
function earlyError(documented: DocumentedError, output: string): boolean {
  if (documented.name !== 'SyntaxError' || !documented.message) return false
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  const said = words(documented.message)
  return output
    .split('\n')
    .some((line) => /^(?:Uncaught )?SyntaxError:/.test(line) && words(line).includes(said))
}

/** What a sample printed as pages show it: the temporary folder's path removed. */
function shown(output: string, samplePath: string): string {
  const own = withoutNodeInternals(output)
  return samplePath ? own.replaceAll(`${path.dirname(samplePath)}${path.sep}`, '') : own
}

/** What a sample and each of its documented statements printed, as pages show it. */
function shownRun(
  run: SampleRun,
  samplePath: string,
): Pick<SampleResult, 'shownOutput' | 'shownParts'> {
  const shownOutput = shown(run.output, samplePath)
  return run.parts
    ? { shownOutput, shownParts: run.parts.map((part) => shown(part, samplePath)) }
    : { shownOutput }
}

/** Compare the whole output, or each documented statement's output with what it printed. */
function compareSample(sample: Sample, run: SampleRun, samplePath: string): Comparison {
  const expected = sample.expected
  if (!expected) throw new Error('compareSample needs a documented output')
  const options = {
    samplePath,
    tolerance: sample.annotations.tolerance,
    unordered: sample.annotations.unordered,
    stringSetOrders: sample.runner.id === 'python' && buildsStringSets(sample.code),
  }
  const parts = expected.parts
  if (!parts) return compareOutput(expected, run.output, options)
  const code = sample.code.split('\n')
  const browserOnly: string[] = []
  const comparisons = parts.flatMap((part, index) => {
    // An error comment under the statement that raised it, the program stopped before its own.
    const comparison = raisedRightAbove(
      part,
      run.parts?.[index] ?? '',
      run.output,
      samplePath,
      code,
      sample.runner.commentPrefixes,
    )
      ? heldAbove
      : comparePart(part, run.parts?.[index] ?? '', run.printedParts?.[index], options)
    // What a statement using a browser's globals shows in Node says nothing of the post.
    const global =
      comparison?.ok === false
        ? (browserGlobal(sample, code, part) ?? browserCallClaimed(sample, part.lines))
        : undefined
    if (global !== undefined) {
      browserOnly.push(global)
      return []
    }
    return comparison ? [comparison] : []
  })
  const failed = comparisons.filter((comparison) => !comparison.ok)
  if (
    failed.length > 0 &&
    commentsInPrintOrder(parts, code, run.output, run.parts ?? [], options)
  ) {
    return { ok: true, diff: [], normalisers: ['comments in print order'], timingOnly: false }
  }
  return {
    ok: failed.length === 0,
    diff: failed.flatMap((comparison) => comparison.diff),
    normalisers: [...new Set(comparisons.flatMap((comparison) => comparison.normalisers))],
    timingOnly: failed.length > 0 && failed.every((comparison) => comparison.timingOnly),
    variesOnly: failed.length > 0 && failed.every((comparison) => comparison.variesOnly),
    ...(browserOnly.length > 0 && { browserOnly }),
    partsCompared: comparisons.length,
  }
}

/**
 * The post line of the first difference: the documented line that differs,
 * or, where a real line is missing from the post, the line it belongs before.
 */
function firstDifference(comparison: Comparison): number | undefined {
  const { diff } = comparison
  const start = diff.findIndex((line) => line.kind !== 'same')
  if (start === -1) return undefined
  const after = diff.slice(start).find((line) => line.line !== undefined)?.line
  if (after !== undefined) return after
  const before = diff.slice(0, start).findLast((line) => line.line !== undefined)?.line
  return before === undefined ? undefined : before + 1
}

/**
 * The exit code a sample should end with: as annotated, else 1 after a
 * documented traceback, else the code of a shell script's own last line
 * `exit 113`, else 0.
 */
export function expectedExitCode(sample: Sample): number {
  const uncaught =
    endsWithTraceback(sample) ||
    (sample.expected?.kind !== 'statements' && endsWithNodeError(sample.expected?.lines ?? []))
  return sample.annotations.exitCode ?? (uncaught ? 1 : (finalExit(sample) ?? 0))
}

/**
 * The code a shell sample exits with on purpose: its last line of code (not
 * indented, so not inside a function or a branch) is `exit N`.
 */
function finalExit(sample: Sample): number | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const last = sample.code
    .split('\n')
    .findLast((line) => line.trim() !== '' && !line.trim().startsWith('#'))
  const code = /^exit\s+(\d{1,3})\s*(?:;\s*)?(?:#.*)?$/.exec(last ?? '')?.[1]
  return code === undefined ? undefined : Number(code)
}

/**
 * Whether the documented output ends the program with an uncaught Python
 * exception, so exit code 1 is expected: a traceback whose exception line is
 * the last line (a traceback printed and handled earlier does not count),
 * or the report of a syntax error that stops it before it runs.
 */
function endsWithTraceback(sample: Sample): boolean {
  // Errors documented statement by statement are caught where they are raised, as in a REPL.
  if (sample.expected?.kind === 'statements') return false
  const lines = (sample.expected?.lines ?? []).filter((line) => line.trim() !== '')
  const header = lines.findLastIndex((line) => line.trim() === 'Traceback (most recent call last):')
  if (header === -1) return endsWithSyntaxError(lines)
  const rest = lines.slice(header + 1)
  const last = rest.at(-1) ?? ''
  return (
    /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b/.test(last) &&
    rest.slice(0, -1).every((line) => isPythonStackLine(line) || line.trim() === '...')
  )
}

/**
 * Whether documented lines end with the report Python gives of a syntax
 * error, which has no traceback header: `File "x.py", line 3`, the source
 * line (and its `^` marker), then `IndentationError: unexpected indent`.
 */
function endsWithSyntaxError(lines: readonly string[]): boolean {
  const frame = lines.findLastIndex((line) => /^\s*File ".*", line \d+$/.test(line))
  if (frame === -1) return false
  const rest = lines.slice(frame + 1)
  return (
    /^(?:SyntaxError|IndentationError|TabError)\b/.test(rest.at(-1) ?? '') &&
    rest.slice(0, -1).every((line) => isPythonStackLine(line))
  )
}

/** Globals a browser defines and Node does not. */
const browserGlobals =
  /(?<![\w$.])(window|document|navigator|localStorage|sessionStorage|location|XMLHttpRequest|HTMLElement)\b/u

/**
 * The browser global a JavaScript statement of a part uses, when the
 * sample does not define it itself (`typeof window // "object"` is true in
 * a browser only); `undefined` otherwise.
 */
function browserGlobal(
  sample: Sample,
  code: readonly string[],
  part: { from: number; to: number },
): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const statement = code.slice(part.from - 1, part.to).join('\n')
  const name = browserGlobals.exec(statement.replace(/\/\/.*$/gm, ''))?.[1]
  if (name === undefined) return undefined
  const defined = new RegExp(
    `(?:let|const|var|function|class)\\s+${name}\\b|globalThis\\.${name}\\s*=`,
  )
  return defined.test(sample.code) ? undefined : name
}
