import path from 'node:path'
import { withoutNodeInternals } from '../../verify/compare/errors/node-internals.js'
import { withSampleFilesNamed } from '../../verify/run/temporary-folder.js'
import type { SampleResult } from '../../verify/verify-samples.js'

/** A sample's post path, relative to `cwd`. */
export function displayPath(result: SampleResult, cwd: string): string {
  return path.relative(cwd, result.sample.path) || result.sample.path
}

/** The diff of a failed comparison as text: documented lines with their line in the post, real lines marked `+`. */
export function diffText(result: SampleResult): string[] {
  const diff = result.comparison?.diff ?? []
  const width = Math.max(0, ...diff.map((line) => String(line.line ?? '').length))
  return diff.map((line) => {
    const number = String(line.line ?? '').padStart(width)
    const sign = line.kind === 'expected' ? '-' : line.kind === 'actual' ? '+' : ' '
    return `${number} │ ${sign} ${withSampleFilesNamed(line.text)}`
  })
}

/** A failure's summary with the sample's files named as in its diff (`<sample>`), not by their temporary path. */
export function summaryText(result: SampleResult): string {
  return withSampleFilesNamed(result.summary)
}

/**
 * What a sample printed, as the report shows it: its files named as in its
 * diff (`<sample>`, a data file by its name), nothing of the temporary folder
 * it ran in; with `own`, Node's own stack frames left out too.
 */
export function reportedOutput(result: SampleResult, own = false): string | undefined {
  const output = result.run?.output ?? result.shownOutput
  if (output === undefined) return undefined
  return withSampleFilesNamed(own ? withoutNodeInternals(output) : output)
}

/** What the sample was compared with, and why, in words. */
export function pairing(result: SampleResult): string {
  const { sample } = result
  if (sample.mode === 'skip') return 'skipped by annotation'
  if (sample.expected) return `paired with the ${sample.expected.reason}`
  if (sample.variants) {
    const lines = sample.variants.map((variant) => variant.postLine).join(', ')
    return `paired with what its comments say of ${sample.variants.length} versions side by side (lines ${lines}), each run alone`
  }
  if (sample.expectedError) {
    return `paired with the error its comment documents for line ${sample.expectedError.postLine}`
  }
  if (sample.statedError && sample.mode !== 'parse') {
    return `paired with the error the sentence at line ${sample.statedError.postLine} says it raises`
  }
  if (sample.mode === 'run') {
    const { run, exitCode, timeoutSeconds } = sample.annotations
    return run || exitCode !== undefined || timeoutSeconds !== undefined
      ? 'no documented output: run for its exit code, as annotated'
      : 'no documented output: run for its exit code, as a later sample continues it'
  }
  // A sample that parses and runs alone was also run, for the errors of its own code.
  if (result.check === 'ran' || result.check === 'environment' || result.ruleId === 'sample-exit') {
    return 'no documented output: checked that it parses, then run for the errors of its own code'
  }
  return 'no documented output: checked that it parses'
}

/**
 * Control characters (but tab) and Unicode direction overrides made
 * visible, as `\x1b` or `\u202e`, so a sample's output cannot move the
 * cursor, recolour or clear a terminal, ring its bell, or hide text.
 */
export function escapeControl(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (character) => {
      const code = character.charCodeAt(0)
      return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`
    },
  )
}
