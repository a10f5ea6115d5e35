// Judging a sample's run: limits hit, warnings the post does not show, output, exit code.

import { ruleIds } from '../../messages.js'
import type { Comparison } from '../compare/compare-output.js'
import { stoppedAsClaimed } from '../compare/errors/error-above-claim.js'
import { bareExceptionShown } from '../compare/errors/stack-frames.js'
import { setAsideWarnings, showsWarning } from '../compare/errors/warnings.js'
import { absentModuleFileNeed } from '../read/not-checkable/needs/absent-module-files.js'
import { absentLibraryNeed, absentPackageNeed } from '../read/not-checkable/needs/absent-package.js'
import { absentFileNeed } from '../read/not-checkable/needs/author-machine.js'
import { authorPathNeed } from '../read/not-checkable/needs/author-paths.js'
import { customCodecNeed } from '../read/not-checkable/needs/custom-codecs.js'
import { describedSetupNeed } from '../read/not-checkable/needs/described-setup.js'
import { echoEscapesNeed } from '../read/not-checkable/needs/echo-escapes.js'
import { echoOctalNeed } from '../read/not-checkable/needs/echo-octal.js'
import { interactiveShellNeed } from '../read/not-checkable/needs/interactive-shell.js'
import { networkNeed } from '../read/not-checkable/needs/network.js'
import { pageModuleNeed } from '../read/not-checkable/needs/page-module.js'
import { previousStatusNeed } from '../read/not-checkable/needs/previous-status.js'
import { setupNotShownNeed } from '../read/not-checkable/needs/setup-not-shown.js'
import { shellWordingNeed } from '../read/not-checkable/needs/shell-wording.js'
import { stoppedForInput } from '../read/not-checkable/needs/typed-input-stop.js'
import { unloadedNamespaceNeed } from '../read/not-checkable/needs/unloaded-namespace.js'
import { alternativeFormsAt } from '../read/not-checkable/shown/alternative-forms.js'
import { equivalentFormsAt } from '../read/not-checkable/shown/equivalent-forms.js'
import { optionTableAt } from '../read/not-checkable/shown/option-tables.js'
import { placeholderConditionNeed } from '../read/not-checkable/shown/placeholder-conditions.js'
import { errorLine, pseudoCodeAt } from '../read/not-checkable/shown/pseudo-code.js'
import {
  typeCheckerOutputAt,
  typeCheckerRunShownAt,
} from '../read/not-checkable/shown/type-checker-output.js'
import { withoutAuthorsWords } from '../read/outputs/fences/prose-among-output.js'
import { proseVariableNeed } from '../read/prose-variables.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { silentTranscriptFailed } from '../read/transcripts/silent-transcript.js'
import {
  failure,
  type JobSettings,
  limitFailure,
  type SampleResult,
  type SampleRun,
  verdict,
} from '../run/job.js'
import { transcriptJob } from '../run/transcript-job.js'
import { judgeTriedRun } from '../run/tried-run.js'
import { exitsAsWritten } from './chosen-exit.js'
import { compareSample, differingLines, firstDifference, shown, shownRun } from './compare-run.js'
import { judgeCompileClaims } from './compile-claims.js'
import { expectedExitCode, judgeDocumentedError, statedErrorResult } from './documented-errors.js'
import { misusedCommand } from './misused-command.js'
import { neededStopNeed } from './needed-stop.js'
import { shellSyntaxErrorLine, stoppedAtLine, undocumentedErrorLine } from './raised-line.js'
import { refusedAtClaim } from './refused-at-claim.js'
import { shellErrorShown } from './shell-error-shown.js'
import { quietLastStatus, statusShownByOutput } from './shell-status.js'
import { asTypedErrors } from './typed-errors.js'
import { unsetEnvironmentVariable } from './unset-environment.js'

/**
 * The verdict on a sample's run: its documented error, else its output and
 * exit code; and the lines its comments say do not compile (compile-claims.ts).
 */
export function judgeRun(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
  settings: JobSettings,
): SampleResult {
  const judged = judgeRunAlone(sample, run, samplePath, settings)
  // A version said to run, shown beside one called bad or failing, documents no output: it
  // fails, as a sample showing none, only on an error of its own code, and is noted when it
  // stopped on the reader's machine (a file it reads, a host it connects to).
  if (judged.status === 'failed' && isRunVersion(sample)) {
    const tried = judgeTriedRun(sample, run, samplePath)
    if (tried.status === 'noted') return tried
  }
  // A listing for a type checker: its comments are mypy's report, not the program's output.
  // So is the output shown under a sample that ran without an error, when it is the checker's run.
  const checker =
    judged.status === 'failed'
      ? (typeCheckerOutputAt(sample) ??
        (run.exitCode === 0 ? typeCheckerRunShownAt(sample) : undefined))
      : undefined
  if (checker) {
    return { ...verdict(sample, 'noted', `not checkable: ${checker}`), check: 'pseudo-code', run }
  }
  // A variable of the author's environment (`os.environ['API_TOKEN']`), which this one does not set.
  const unset = judged.status === 'failed' ? unsetEnvironmentVariable(run.output) : undefined
  if (unset) {
    const summary = `not checked here: needs the environment variable \`${unset}\`, which the post does not set`
    return { ...verdict(sample, 'noted', summary), check: 'environment', run }
  }
  return sample.compileClaims || sample.compilesClaims
    ? judgeCompileClaims(sample, run, judged, samplePath)
    : judged
}

/** A version a fence shows side by side (`variant-jobs.ts`) that its comment says runs, with no output shown. */
function isRunVersion(sample: Sample): boolean {
  return (
    sample.id.includes('~') && sample.mode === 'run' && !sample.expected && !sample.expectedError
  )
}

function judgeRunAlone(
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
    !quietLastStatus(sample, comparison) &&
    !exitsAsWritten(sample, run.exitCode) &&
    !shellErrorShown(sample) &&
    !stoppedAsClaimed(comparison) &&
    !(comparison?.ok === true && comparison.normalisers.includes(bareExceptionShown))
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
      customCodecNeed(sample) ??
      absentPackageNeed(sample, run.output) ??
      absentLibraryNeed(sample, run.output) ??
      absentModuleFileNeed(sample, run.output) ??
      proseVariableNeed(sample) ??
      pseudoCodeAt(
        sample,
        run.output,
        samplePath,
        undefined,
        comparison && !comparison.ok ? differingLines(comparison) : undefined,
      ) ??
      equivalentFormsAt(sample, run.output, samplePath) ??
      alternativeFormsAt(sample, run.output, samplePath) ??
      unloadedNamespaceNeed(sample, run.output) ??
      placeholderConditionNeed(sample, run.output) ??
      setupNotShownNeed(sample, run.output) ??
      neededStopNeed(sample, run.output, samplePath) ??
      optionTableAt(sample) ??
      silentTranscriptFailed(sample, run) ??
      interactiveShellNeed(sample) ??
      echoOctalNeed(sample, run.output) ??
      echoEscapesNeed(sample, run.output) ??
      shellWordingNeed(sample, run.output) ??
      networkNeed(sample, run.output, run.exitCode) ??
      pageModuleNeed(sample, run.output) ??
      describedSetupNeed(sample, run.output, samplePath) ??
      previousStatusNeed(sample) ??
      authorPathNeed(sample)
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
    // An error the post does not document is reported at the line that raised it,
    // a program Node refused before running at its syntax error's line.
    const raisedAt =
      (exitDiffers ? undocumentedErrorLine(sample, run, samplePath) : undefined) ??
      refusedLine(sample, run, samplePath)
    const differsAt = firstDifference(comparison)
    // A shell stopped by a syntax error ran the commands above it: reported there when
    // nothing the post shows above it differs (`$ A=`B` / `> C` / `> '` never closes).
    const stoppedAt = shellSyntaxErrorLine(sample, run, samplePath)
    const syntaxAt =
      stoppedAt !== undefined && (differsAt === undefined || sample.line + stoppedAt < differsAt)
        ? stoppedAt
        : undefined
    const reportedAt = raisedAt ?? syntaxAt
    return {
      ...failure(sample, 'output differs from the documented output', ruleIds.sampleOutput),
      line: reportedAt !== undefined ? sample.line + reportedAt : (differsAt ?? sample.line),
      comparison,
      run,
      ...shownRun(run, samplePath),
    }
  }
  const stated = statedErrorResult(sample, run, samplePath, comparison)
  if (stated) return stated
  // A command shown without output, called wrongly, fails though a later command succeeds.
  const misused = misusedCommand(sample, run)
  if (misused) {
    return {
      ...failure(sample, `\`${misused.command}\` failed: ${misused.message}`, ruleIds.sampleExit),
      line: sample.line + misused.line,
      run,
      ...compared,
    }
  }
  if (exitDiffers) {
    const how =
      run.exitCode === null ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`
    const stoppedAt = stoppedAtLine(sample, run, samplePath)
    return {
      ...failure(sample, `${how}, expected ${expectedExit}`, ruleIds.sampleExit),
      ...(stoppedAt !== undefined && { line: sample.line + stoppedAt }),
      run,
      ...compared,
    }
  }
  const browser = [...new Set(comparison?.browserOnly ?? [])]
  if (browser.length > 0) {
    const names = browser.map((name) => `\`${name}\``).join(', ')
    const why = `${names} ${browser.length === 1 ? 'is' : 'are'} a browser's, not Node's`
    return leftOut(sample, run, samplePath, comparison, comparison?.browserOnly?.length ?? 0, {
      noted: why,
      passed: `output matches, but for statements using ${names}: ${why}`,
    })
  }
  const variables = [...new Set(comparison?.environmentOnly ?? [])]
  if (variables.length > 0) {
    const names = variables.map((name) => `\`${name}\``).join(', ')
    const why = `it reads the environment variable${variables.length === 1 ? '' : 's'} ${names}, which the command that runs it sets`
    return leftOut(sample, run, samplePath, comparison, comparison?.environmentOnly?.length ?? 0, {
      noted: why,
      passed: `output matches, but for statements where ${why}`,
    })
  }
  // Comments that only describe the output in words (`# 添加新元素`) compared nothing: it ran.
  const described = comparison?.partsCompared === 0
  const summary =
    sample.expected && !described
      ? 'output matches'
      : `ran and exited with code ${run.exitCode ?? expectedExit}${described ? ' (its comments describe the output in words: nothing to compare)' : ''}`
  return {
    ...verdict(sample, 'passed', summary),
    check: sample.expected && !described ? 'compared' : 'ran',
    run,
    shownOutput: shown(run.output, samplePath),
    ...compared,
  }
}

/**
 * The line of a JavaScript sample Node refused before running any of it
 * (`SyntaxError`, its output opening with the sample's path and line): no
 * documented line could print, so the failure is at the error's own line
 * (`value：18,` with a full-width colon, `var b` after `let b`).
 */
function refusedLine(sample: Sample, run: SampleRun, samplePath: string): number | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (run.exitCode === 0 || !samplePath || !run.output.startsWith(`${samplePath}:`))
    return undefined
  if (!/^SyntaxError: /mu.test(run.output)) return undefined
  return errorLine(run.output, samplePath)
}

/**
 * The verdict on a run whose differing statements were all left out of the
 * comparison (`count` of them): a note when they were all it documents,
 * else a pass that names them.
 */
function leftOut(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
  comparison: Comparison | undefined,
  count: number,
  why: { noted: string; passed: string },
): SampleResult {
  if ((sample.expected?.parts?.length ?? 0) <= count) {
    return {
      ...verdict(sample, 'noted', `not checkable here: ${why.noted}`),
      check: 'skipped',
      run,
    }
  }
  return {
    ...verdict(sample, 'passed', why.passed),
    check: 'compared',
    run,
    shownOutput: shown(run.output, samplePath),
    ...(comparison ? { comparison } : {}),
  }
}
