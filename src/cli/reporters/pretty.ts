import { ruleIds } from '../../messages.js'
import type { UnrunFence } from '../../verify/remark-extract-samples.js'
import { checksLine } from '../../verify/tally.js'
import type { SampleResult } from '../../verify/verify-samples.js'
import { diffText, displayPath, escapeControl, pairing, tally, tallyLine } from './sample-report.js'

/** Options of the pretty report. */
export interface PrettyOptions {
  cwd: string
  /** Show, for every sample, what it was paired with and why. */
  explain?: boolean | undefined
  /** Show failed samples only (the build's report). */
  failuresOnly?: boolean | undefined
  /** Show how long each sample ran; default `true`. */
  timings?: boolean | undefined
  /** Fences in languages with no runner, counted in the summary. */
  unrun?: readonly UnrunFence[] | undefined
}

/** Longest line of a failed sample's output shown. */
const maxLineLength = 160

const marks = { passed: '✓', failed: '✗', skipped: '-', noted: '~' } as const

/**
 * The report for people: a line per sample grouped by post, the diff of
 * every failure with the post's line numbers, and the tally last.
 */
export function prettyReport(results: readonly SampleResult[], options: PrettyOptions): string {
  const lines: string[] = []
  let currentPath: string | undefined
  for (const result of results) {
    if (options.failuresOnly && result.status !== 'failed') continue
    const file = displayPath(result, options.cwd)
    if (file !== currentPath) {
      if (currentPath !== undefined) lines.push('')
      lines.push(file)
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
      `  ${marks[result.status]} ${file}:${sample.line} ${sample.language} ${result.summary}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
    )
    if (options.explain) lines.push(`      ${pairing(result)}`)
    if (result.status === 'failed') {
      if (result.line !== sample.line) lines.push(`      at ${file}:${result.line}`)
      for (const line of diffText(result)) lines.push(`      ${line}`)
      if (showsOutput(result)) {
        for (const line of (result.run?.output ?? '').trimEnd().split('\n').slice(-10)) {
          lines.push(
            `      │ ${line.length > maxLineLength ? `${line.slice(0, maxLineLength)}…` : line}`,
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
  const counts = tally(results, options.unrun)
  if (!options.failuresOnly) lines.push(checksLine(counts))
  lines.push(tallyLine(counts))
  // Note: every line is split on `\n` first, so only the characters within it are escaped.
  return `${lines.map(escapeControl).join('\n')}\n`
}

/** Whether a failure is explained by the sample's own output (a crash, a timeout), not a diff or a parse error. */
function showsOutput(result: SampleResult): boolean {
  return (
    !result.comparison &&
    result.ruleId !== ruleIds.sampleSyntax &&
    Boolean(result.run?.output.trim())
  )
}
