import escapeStringRegexp from 'escape-string-regexp'
// Errors a post documents, in a comment or a sentence, and the exit code a sample should end with.

import { ruleIds } from '../../messages.js'
import type { Comparison, DiffLine } from '../compare/compare-output.js'
import { raisedNamed } from '../compare/compare-parts.js'
import { endsWithUncaughtError } from '../compare/errors/browser-console-errors.js'
import { stoppedRightAbove } from '../compare/errors/error-above-claim.js'
import { otherQuotedMessage } from '../compare/errors/error-messages.js'
import { endsWithErrorName } from '../compare/errors/error-names.js'
import { otherRejectionReason } from '../compare/errors/promise-rejections.js'
import {
  endsWithExceptionGroup,
  endsWithNodeError,
  isPythonStackLine,
} from '../compare/errors/stack-frames.js'
import type { DocumentedError } from '../read/error-claims/error-comments.js'
import { setupNotShownNeed } from '../read/not-checkable/needs/setup-not-shown.js'
import { placeholderConditionNeed } from '../read/not-checkable/shown/placeholder-conditions.js'
import { errorLines, pseudoCodeAt } from '../read/not-checkable/shown/pseudo-code.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { failure, type SampleResult, type SampleRun, verdict } from '../run/job.js'
import { isShellRunner } from '../runner-id.js'
import { shown } from './compare-run.js'
import { stoppedAtLine } from './raised-line.js'

/**
 * A sample that failed where the prose after it says it fails (`this raises \`NameError\``,
 * `运行会报错`): it passes when its error is the one named (any, when none is), and fails
 * with the error it raised instead. `undefined` when it ran clean or the prose says
 * nothing of an error.
 */
export function statedErrorResult(
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
export function judgeDocumentedError(
  sample: Sample,
  run: SampleRun,
  samplePath: string,
): SampleResult {
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
    documented.name !== undefined && documented.message !== undefined && named
      ? otherQuotedMessage(
          documented.message,
          run.output,
          documented.name,
          documented.traceback !== undefined,
        )
      : // Chrome's `Uncaught (in promise) oops` against the reason Node shows.
        otherRejectionReason(documented.comment, run.output)
  // A shell goes on after a command fails: an error shown at the line its comment is on is the
  // one claimed, though the script ended clean (`{a=111} # 这一行执行出错`, `echo $a` after it).
  const wentOn = run.exitCode === 0 && isShellRunner(sample.runner) && atLine
  if (
    (run.exitCode !== 0 || wentOn) &&
    named &&
    !otherMessage &&
    (frames.length === 0 ||
      atLine ||
      earlyError(documented, run.output) ||
      // Raised by the top-level statement right above the one claimed, which never ran (error-above-claim.ts).
      (documented.commentLine === undefined &&
        stoppedRightAbove(
          frames.filter((frame) => topLevelLine(sample.code, frame)),
          documented.line,
          sample.code.split('\n'),
          sample.runner.commentPrefixes,
        ) &&
        topLevelLine(sample.code, documented.line)))
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
  // Stopped before the documented error by a name standing for any condition (`if (condition)`),
  // by one whose setup the post shows later or not at all (`process(items[i])`), or, before the
  // line the comment is on, by pseudo-code (`if (/* condition */)`).
  const stoppedAbove = frames.length > 0 && frames.every((frame) => frame < documented.line)
  // A syntax error the parser reports (no frame of the sample's code, no traceback) stopped the sample before any
  // line ran, wherever it stands: an unterminated string above the claim, `console.log(, e)` below.
  const refusedFirst =
    run.exitCode !== 0 &&
    documented.name !== 'SyntaxError' &&
    /^(?:Uncaught )?SyntaxError\b/m.test(run.output) &&
    !new RegExp(`^\\s+at .*${escapeStringRegexp(samplePath || '<sample>')}`, 'm').test(
      run.output,
    ) &&
    !run.output.includes('Traceback (most recent call last)')
  const placeholder =
    run.exitCode === 0
      ? undefined
      : (placeholderConditionNeed(sample, run.output) ??
        setupNotShownNeed(sample, run.output) ??
        (stoppedAbove || refusedFirst ? pseudoCodeAt(sample, run.output, samplePath) : undefined))
  if (placeholder) {
    return {
      ...verdict(sample, 'noted', `not checkable: ${placeholder}`),
      check: 'pseudo-code',
      run,
    }
  }
  const claimedAt = documented.commentLine ?? documented.traceback ?? documented.postLine
  // That syntax error is the failure, at its own line, as for any code that does not parse.
  const refusedLine =
    otherMessage === undefined && refusedFirst ? stoppedAtLine(sample, run, samplePath) : undefined
  // At the claimed line itself, the claim is that line's and reported as such.
  const refusedAt = refusedLine !== documented.line ? refusedLine : undefined
  const summary =
    run.exitCode === 0
      ? `ran without error, but line ${documented.postLine} says it raises ${what} (\`${documented.comment}\`)`
      : otherMessage
        ? `raises ${what} with another message than line ${claimedAt} says: \`${otherMessage}\``
        : refusedAt !== undefined && refusedAt < documented.line
          ? `failed at line ${sample.line + refusedAt}, before line ${documented.postLine} its comment says raises ${what}`
          : refusedAt !== undefined
            ? `does not parse at line ${sample.line + refusedAt}, so line ${documented.postLine}, which its comment says raises ${what}, never ran`
            : `failed, but not with ${what} at line ${documented.postLine} as its comment says`
  // The message quoted against the one raised, at the comment's line.
  const diff: DiffLine[] = [
    { kind: 'expected', text: documented.comment, line: claimedAt },
    {
      kind: 'actual',
      text:
        documented.name === undefined ? `${otherMessage}` : `${documented.name}: ${otherMessage}`,
    },
  ]
  return {
    ...failure(sample, summary, ruleIds.sampleExit),
    line:
      refusedAt !== undefined
        ? sample.line + refusedAt
        : otherMessage === undefined
          ? documented.postLine
          : claimedAt,
    run,
    ...(otherMessage !== undefined && {
      comparison: { ok: false, diff, normalisers: [], timingOnly: false },
    }),
  }
}

/**
 * Whether line `line` (1-based) of the code is a statement of its own at the
 * top level: not indented, and not opening a block (`if (condition) {`), so a
 * line under it is no statement inside it.
 */
function topLevelLine(code: string, line: number): boolean {
  const text = code.split('\n')[line - 1] ?? ''
  return /^\S/.test(text) && !/[{([]\s*(?:\/\/.*)?$/.test(text)
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

/**
 * The exit code a sample should end with: as annotated, else 1 after a
 * documented traceback (or an error's name alone, `TypeError`), else the code of a shell script's own last line
 * `exit 113`, else 0.
 */
export function expectedExitCode(sample: Sample): number {
  const uncaught =
    endsWithTraceback(sample) ||
    (sample.expected?.kind !== 'statements' &&
      (endsWithNodeError(sample.expected?.lines ?? []) ||
        endsWithErrorName(sample.expected?.lines ?? [], sample.code) ||
        (sample.expected?.kind === 'block' && endsWithUncaughtError(sample.expected.lines))))
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
  // An exception group's tree, `+ Exception Group Traceback …` to its closing `+-----` rule.
  if (endsWithExceptionGroup(lines)) return true
  const header = lines.findLastIndex((line) => line.trim() === 'Traceback (most recent call last):')
  if (header === -1) return endsWithSyntaxError(lines)
  const rest = lines.slice(header + 1)
  const last = rest.at(-1) ?? ''
  return (
    /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Iteration)\b/.test(last) &&
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
