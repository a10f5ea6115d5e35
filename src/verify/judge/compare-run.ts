// A sample's run set against its documented output, and its output as pages show it.

import path from 'node:path'
import escapeStringRegexp from 'escape-string-regexp'
import { commentsAbovePrints } from '../compare/comments/comments-above-prints.js'
import { commentsInPrintOrder } from '../compare/comments/comments-in-print-order.js'
import { commentsAsPrinted } from '../compare/comments/deferred-prints.js'
import { listsPrintedLines } from '../compare/comments/listed-prints.js'
import { summarisesOutput } from '../compare/comments/summary-line.js'
import { type Comparison, compareOutput, type DiffLine } from '../compare/compare-output.js'
import { comparePart } from '../compare/compare-parts.js'
import { heldAbove, raisedRightAbove } from '../compare/errors/error-above-claim.js'
import { withoutNodeInternals } from '../compare/errors/node-internals.js'
import { quotesPrintedText } from '../compare/values/quoted-text.js'
import { labelLiterals, spacedLiterals } from '../compare/values/spaced-literals.js'
import { interleavedDraws } from '../compare/varying/interleaved-draws.js'
import { formatsNumbersByLocale } from '../compare/varying/locale-formats.js'
import { mayWait } from '../read/code/planned-sleeps.js'
import { browserCallClaimed, browserGlobalShown } from '../read/not-checkable/needs/browser-only.js'
import { reactionPrint } from '../read/outputs/comments/statement-outputs.js'
import { buildsStringSets } from '../read/outputs/comments/varying-sources.js'
import type { OutputPart } from '../read/outputs/documented-output.js'
import type { Sample } from '../read/remark-extract-samples.js'
import { readsTheDate } from '../read/varying/clock-reads.js'
import { machineReads } from '../read/varying/machine-reads.js'
import { runsSideBySide } from '../read/varying/side-by-side.js'
import type { SampleResult, SampleRun } from '../run/job.js'
import { isShellRunner } from '../runner-id.js'
import { browserGlobal } from './browser-globals.js'
import { environmentVariableRead } from './environment-reads.js'

/** What a sample printed as pages show it: the temporary folder's path removed. */
export function shown(output: string, samplePath: string): string {
  const own = withoutNodeInternals(output)
  return samplePath ? own.replaceAll(`${path.dirname(samplePath)}${path.sep}`, '') : own
}

/** What a sample and each of its documented statements printed, as pages show it. */
export function shownRun(
  run: SampleRun,
  samplePath: string,
): Pick<SampleResult, 'shownOutput' | 'shownParts'> {
  const shownOutput = shown(run.output, samplePath)
  return run.parts
    ? { shownOutput, shownParts: run.parts.map((part) => shown(part, samplePath)) }
    : { shownOutput }
}

/** Compare the whole output, or each documented statement's output with what it printed. */
export function compareSample(sample: Sample, run: SampleRun, samplePath: string): Comparison {
  const expected = sample.expected
  if (!expected) throw new Error('compareSample needs a documented output')
  const options = {
    samplePath,
    tolerance: sample.annotations.tolerance,
    unordered: sample.annotations.unordered,
    sideBySide: runsSideBySide([sample.code, ...Object.values(sample.files)].join('\n')),
    stringSetOrders: sample.runner.id === 'python' && buildsStringSets(sample.code),
    clockNumbers: sample.runner.id === 'python' && readsTheDate(sample.code, sample.dated),
    waitsNever: !mayWait([sample.code, ...Object.values(sample.files)].join('\n')),
    randomNumbers: sample.drawsAtRandom === true,
    localeFormats:
      (sample.runner.id === 'javascript' || sample.runner.id === 'typescript') &&
      formatsNumbersByLocale(sample.code),
    // The files a command runs (`sh args.sh`) print what their code reads too.
    machineReads: machineReads([sample.code, ...Object.values(sample.files)].join('\n')),
    countColumns: isShellRunner(sample.runner),
    shellText: isShellRunner(sample.runner),
    spacedLiterals: spacedLiterals(sample.code),
    labelLiterals: labelLiterals(sample.code),
  }
  const parts = expected.parts
  if (!parts) {
    const whole = compareOutput(expected, run.output, { ...options, arrowJoined: true })
    // A browser's global object shown where Node printed its own: the post shows a browser's run.
    if (!whole.ok && isJavaScript(sample) && browserGlobalShown(expected.lines, run.output)) {
      return { ok: true, diff: [], normalisers: [], timingOnly: false, browserOnly: ['window'] }
    }
    // A trailing comment listing the lines printed on one line, with commas (`// Output: 3, 3, 3`).
    const [only] = expected.lines
    const printed = run.output.split('\n').filter((line) => line.trim() !== '')
    if (
      !whole.ok &&
      expected.kind === 'comment' &&
      expected.lines.length === 1 &&
      only !== undefined &&
      /[,，]/u.test(only) &&
      listsPrintedLines(only, printed)
    ) {
      return { ok: true, diff: [], normalisers: ['lines listed on one line'], timingOnly: false }
    }
    // A comment quoting the one line a shell command printed (`# output: "baz"`, quoted-text.ts).
    if (!whole.ok && expected.kind === 'comment' && options.shellText) {
      if (quotesPrintedText(expected.lines, run.output)) {
        return { ok: true, diff: [], normalisers: ['quoted text'], timingOnly: false }
      }
    }
    // Threads or processes drawing at random interleave their lines otherwise each run.
    if (whole.ok || whole.variesOnly || !sample.drawsAtRandom || !runsSideBySide(sample.code))
      return whole
    return interleavedDraws(whole, expected.lines, run.output) ?? whole
  }
  const code = sample.code.split('\n')
  const browserOnly: string[] = []
  const environmentOnly: string[] = []
  const failedParts: OutputPart[] = []
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
        ? (browserGlobal(sample, code, part) ??
          browserCallClaimed(sample, part.lines) ??
          (isJavaScript(sample) && browserGlobalShown(part.lines, run.parts?.[index] ?? '')
            ? 'window'
            : undefined))
        : undefined
    if (global !== undefined) {
      browserOnly.push(global)
      return []
    }
    // What a statement reading an environment variable shows is the reader's environment.
    const variable =
      comparison?.ok === false ? environmentVariableRead(sample, code, part) : undefined
    if (variable !== undefined) {
      environmentOnly.push(variable)
      return []
    }
    if (comparison?.ok === false) failedParts.push(part)
    return comparison ? [comparison] : []
  })
  const failed = comparisons.filter((comparison) => !comparison.ok)
  if (
    failed.length > 0 &&
    commentsInPrintOrder(parts, code, run.output, run.parts ?? [], options)
  ) {
    return { ok: true, diff: [], normalisers: ['comments in print order'], timingOnly: false }
  }
  if (
    failed.length > 0 &&
    (sample.runner.id === 'javascript' || sample.runner.id === 'typescript') &&
    commentsAsPrinted(parts, code, run.output, sample.line, options)
  ) {
    return { ok: true, diff: [], normalisers: ['comments in print order'], timingOnly: false }
  }
  // Every comment on a promise's reaction that prints, or right under the chain ending in one:
  // what they printed, once the promises settled, is the whole output, shown against them as one block.
  const reactionOn = (line: number) => {
    const at = line - sample.line - 1
    const own = code[at] ?? ''
    return (
      reactionPrint.test(own) || (/^\s*\/\//u.test(own) && reactionPrint.test(code[at - 1] ?? ''))
    )
  }
  // Comments in words that no reaction's own output resembled are compared too, when they match.
  const reactions =
    (failed.length > 0 || comparisons.length < parts.length) &&
    parts.every(
      (part, index) =>
        !part.value && !(run.parts?.[index] ?? '').trim() && reactionOn(part.lineNumbers[0] ?? 0),
    )
  if (reactions) {
    const lines = parts.flatMap((part) => part.lines)
    const lineNumbers = parts.flatMap((part) => part.lineNumbers)
    const whole = compareOutput(
      { kind: 'comment', lines, lineNumbers, reason: '' },
      run.output,
      options,
    )
    if (whole.ok || failed.length > 0) return whole
  }
  // One comment closing the sample lists all it printed, in order (`// 2 3 1`).
  if (
    (failed.length > 0 || comparisons.length < parts.length) &&
    summarisesOutput(parts, code, withoutValueDisplays(run), sample.line)
  ) {
    return { ok: true, diff: [], normalisers: ['output listed on one line'], timingOnly: false }
  }
  const captions =
    failed.length > 0
      ? commentsAbovePrints(
          parts,
          failedParts,
          code,
          sample.runner,
          run.output,
          sample.line,
          options,
        )
      : undefined
  if (captions?.ok) {
    return { ok: true, diff: [], normalisers: ['comments above their prints'], timingOnly: false }
  }
  if (captions) {
    const diff: DiffLine[] = [
      ...captions.expected.map((text, index) => ({
        kind: 'expected' as const,
        text,
        line: sample.line + captions.line + index,
      })),
      ...captions.actual.map((text) => ({ kind: 'actual' as const, text })),
    ]
    return { ok: false, diff, normalisers: ['comments above their prints'], timingOnly: false }
  }
  return {
    ok: failed.length === 0,
    diff: failed.flatMap((comparison) => comparison.diff),
    normalisers: [...new Set(comparisons.flatMap((comparison) => comparison.normalisers))],
    timingOnly: failed.length > 0 && failed.every((comparison) => comparison.timingOnly),
    variesOnly: failed.length > 0 && failed.every((comparison) => comparison.variesOnly),
    ...(browserOnly.length > 0 && { browserOnly }),
    ...(environmentOnly.length > 0 && { environmentOnly }),
    partsCompared: comparisons.length,
  }
}

/**
 * The post line of the first difference: the documented line that differs,
 * or, where a real line is missing from the post, the line it belongs before.
 * A real line printed earlier than the post shows it (an error written before
 * the output a program buffers, `cmp: EOF on f1 after byte 8`), with only
 * matching lines between, is the documented line it starts like (not one
 * it equals: the same line elsewhere is a change of order).
 */
/**
 * The post lines of the documented lines that differ: each one missing or
 * changed, and for a line printed where none is documented, the line after
 * it (or after the last one before it), as `firstDifference` places it.
 */
export function differingLines(comparison: Comparison): number[] {
  const { diff } = comparison
  const lines = new Set<number>()
  diff.forEach((line, index) => {
    if (line.kind === 'same') return
    if (line.line !== undefined) {
      lines.add(line.line)
      return
    }
    const after = diff.slice(index).find((next) => next.line !== undefined)?.line
    const before = diff.slice(0, index).findLast((next) => next.line !== undefined)?.line
    const at = after ?? (before === undefined ? undefined : before + 1)
    if (at !== undefined) lines.add(at)
  })
  return [...lines].sort((a, b) => a - b)
}

export function firstDifference(comparison: Comparison): number | undefined {
  const { diff } = comparison
  // A line differing only in a value that varies (today's date) is not where the output fails.
  const truly = diff.findIndex((line) => line.kind !== 'same' && !line.varies)
  const start = truly === -1 ? diff.findIndex((line) => line.kind !== 'same') : truly
  if (start === -1) return undefined
  const moved = movedLine(diff, start)
  if (moved !== undefined) return moved
  const after = diff.slice(start).find((line) => line.line !== undefined)?.line
  if (after !== undefined) return after
  const before = diff.slice(0, start).findLast((line) => line.line !== undefined)?.line
  return before === undefined ? undefined : before + 1
}

/** The documented line that the real line at `start`, printed before lines that match, starts like. */
function movedLine(diff: readonly DiffLine[], start: number): number | undefined {
  const printed = diff[start]?.text.trim() ?? ''
  if (diff[start]?.kind !== 'actual' || printed.length < minimumMovedLength) return undefined
  for (const line of diff.slice(start + 1)) {
    if (line.kind === 'same') continue
    const shown = line.text.trim()
    // The same line elsewhere is a change of order (a dict's), told where the order first differs.
    const alike =
      shown !== printed &&
      shown.length >= minimumMovedLength &&
      (printed.startsWith(shown) || shown.startsWith(printed))
    return line.kind === 'expected' && alike ? line.line : undefined
  }
  return undefined
}

/** Fewer characters than this say too little to tell a line moved (`0`, `ok`). */
const minimumMovedLength = 8

/**
 * What a REPL shows of an expression: what it printed, then its value, but
 * for an `undefined` value after printed text (a call that logs).
 */
export function replShown(text: string, valueAt: number | undefined): string {
  if (valueAt === undefined) return text
  const printed = text.slice(0, valueAt)
  const value = text.slice(valueAt)
  return printed.trim() !== '' && value.trim() === 'undefined' ? printed : text
}

/** Renumber `file:LINE` and `file: line LINE` in a sample's output by the lines before it in the program. */
export function ownLineNumbers(output: string, samplePath: string, offset: number): string {
  const pattern = new RegExp(`(${escapeStringRegexp(samplePath)}(?::| line ))(\\d+)`, 'g')
  return output.replace(pattern, (_, prefix: string, line: string) => {
    const own = Number(line) - offset
    return own > 0 ? `${prefix}${own}` : `${prefix}${line}`
  })
}

function isJavaScript(sample: Sample): boolean {
  return sample.runner.id === 'javascript' || sample.runner.id === 'typescript'
}

/**
 * What a run printed, without the values its instrumenting showed after
 * statements whose comment was read as their value (`setTimeout(...) // 放入队列`
 * shows a `Timeout {…}` no program prints).
 */
function withoutValueDisplays(run: SampleRun): string {
  let output = run.output
  for (const [index, shown] of (run.parts ?? []).entries()) {
    const printed = run.printedParts?.[index]
    const value = printed === undefined ? '' : shown.slice(printed.length)
    if (value.trim() !== '') output = output.replace(value, '')
  }
  return output
}
