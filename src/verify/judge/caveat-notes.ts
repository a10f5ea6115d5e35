import { type SampleResult, verdict } from '../run/job.js'

/**
 * A failure the post itself explains, as a note instead: the text says the
 * output is another environment's, one run's of code that varies, or the
 * wrong way it warns against (the sample's `caveat`, read from the post).
 * A failure with a differing line outside the lines a comment marks (those
 * after `// wrong`, those under `# Python2`) is still the sample's own;
 * every other result stays as it is.
 */
export function withCaveatNote(result: SampleResult): SampleResult {
  const caveat = result.sample.caveat
  if (result.status !== 'failed' || caveat === undefined) return result
  // Versions under `// Bad` / `// Good` headings are judged one by one (variants.ts), each by its own claim.
  if (caveat.from !== undefined && result.sample.variants !== undefined) return result
  // Every line that differs must be among the lines the comment marks, not only the first.
  const differing = result.comparison?.diff.flatMap((line) =>
    line.kind === 'expected' && line.line !== undefined ? [line.line] : [],
  )
  const lines = differing && differing.length > 0 ? differing : [result.line]
  const from = caveat.from ?? Number.NEGATIVE_INFINITY
  const to = caveat.to ?? Number.POSITIVE_INFINITY
  if (lines.some((line) => line < from || line > to)) return result
  const summary =
    caveat.check === 'varies'
      ? `output differs, but ${caveat.reason}: it varies from run to run`
      : `not checked: ${caveat.reason}`
  return {
    ...verdict(result.sample, 'noted', summary),
    line: result.line,
    check: caveat.check,
    ...(result.comparison && { comparison: result.comparison }),
    ...(result.run && { run: result.run }),
    ...(result.shownOutput !== undefined && { shownOutput: result.shownOutput }),
  }
}
