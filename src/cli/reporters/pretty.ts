import { ruleIds } from '../../messages.js'
import type { UnrunFence } from '../../verify/read/remark-extract-samples.js'
import { checksLine, tallyResults } from '../../verify/tally.js'
import type { SampleResult } from '../../verify/verify-samples.js'
import { type Colors, colorsFor } from '../colors.js'
import type { ContentProblem } from './content-problems.js'
import {
  diffText,
  displayPath,
  escapeControl,
  pairing,
  reportedOutput,
  summaryText,
} from './sample-report.js'
import { summarize, summaryLine } from './summary.js'

/** Options of the pretty report. */
export interface PrettyOptions {
  cwd: string
  /** Show, for every sample, what it was paired with and why. */
  explain?: boolean | undefined
  /** Show failed samples only (the build's report). */
  failuresOnly?: boolean | undefined
  /** Show how long each sample ran; default `true`. */
  timings?: boolean | undefined
  /** Content problems, counted in the summary line (they are printed as messages, not here). */
  problems?: readonly ContentProblem[] | undefined
  /** Colours for a terminal; none by default. */
  colors?: Colors | undefined
  /** Fences in languages with no runner, counted in the summary. */
  unrun?: readonly UnrunFence[] | undefined
}

/** Longest line of a failed sample's output shown. */
const maxLineLength = 160

const marks = { passed: '✓', failed: '✗', skipped: '-', noted: '~' } as const

const plain = colorsFor(false)

/**
 * The report for people: a line per sample grouped by post, the diff of
 * every failure with the post's line numbers, and the summary line last.
 */
export function prettyReport(results: readonly SampleResult[], options: PrettyOptions): string {
  const colors = options.colors ?? plain
  const markOf = {
    passed: colors.green(marks.passed),
    failed: colors.red(marks.failed),
    skipped: colors.dim(marks.skipped),
    noted: colors.yellow(marks.noted),
  }
  // Note: what samples print is escaped before colours are added, so only their control characters are.
  const safe = escapeControl
  const lines: string[] = []
  let currentPath: string | undefined
  for (const result of results) {
    if (options.failuresOnly && result.status !== 'failed') continue
    const file = displayPath(result, options.cwd)
    if (file !== currentPath) {
      if (currentPath !== undefined) lines.push('')
      lines.push(colors.bold(file))
      currentPath = file
    }
    const { sample } = result
    const notes = [
      result.run && !result.cached && options.timings !== false
        ? `${(result.run.durationMs / 1000).toFixed(2)} s`
        : undefined,
      result.cached ? 'cached' : undefined,
      result.flaky ? 'flaky: passed on a second run' : undefined,
    ].filter(Boolean)
    lines.push(
      `  ${markOf[result.status]} ${file}:${sample.line} ${sample.language} ${safe(summaryText(result))}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
    )
    if (options.explain) lines.push(`      ${pairing(result)}`)
    if (result.status === 'failed') {
      if (result.line !== sample.line) lines.push(`      at ${file}:${result.line}`)
      for (const line of diffText(result)) lines.push(`      ${colorDiffLine(safe(line), colors)}`)
      if (showsOutput(result)) {
        // As its diff would show it: the sample as `<sample>`, Node's own frames left out.
        const output = reportedOutput(result, true) ?? ''
        for (const line of output.trimEnd().split('\n').slice(-10)) {
          lines.push(
            `      │ ${safe(line.length > maxLineLength ? `${line.slice(0, maxLineLength)}…` : line)}`,
          )
        }
      }
    }
    const normalisers = result.comparison?.normalisers ?? []
    if ((options.explain || result.status === 'failed') && normalisers.length > 0) {
      lines.push(`      normalised: ${normalisers.join(', ')}`)
    }
  }
  if (lines.length > 0) lines.push('')
  if (!options.failuresOnly) lines.push(checksLine(tallyResults(results, options.unrun)))
  const summary = summarize({ samples: results, problems: options.problems })
  const closing = summaryLine(summary)
  lines.push(summary.failed + summary.errors > 0 ? colors.red(closing) : colors.green(closing))
  return `${lines.join('\n')}\n`
}

/** A line of `diffText` in colour: documented lines red, real ones green. */
function colorDiffLine(line: string, colors: Colors): string {
  const sign = /│ ([-+]) /.exec(line)?.[1]
  return sign === '-' ? colors.red(line) : sign === '+' ? colors.green(line) : line
}

/** Whether a failure is explained by the sample's own output (a crash, a timeout), not a diff or a parse error. */
function showsOutput(result: SampleResult): boolean {
  return (
    !result.comparison &&
    result.ruleId !== ruleIds.sampleSyntax &&
    Boolean(result.run?.output.trim())
  )
}
