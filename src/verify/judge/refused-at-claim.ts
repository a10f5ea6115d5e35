import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../read/remark-extract-samples.js'

/**
 * The line (within the sample) of an early `SyntaxError` that refused the
 * whole JavaScript program before any of it ran (`FakeMath.#x` outside its
 * class), when an error comment claims that very statement fails
 * (`FakeMath.#x // 报错`): the claim holds, and the values documented above
 * it can never print, since the program they are in cannot be compiled.
 * `undefined` for any other run.
 */
export function refusedAtClaim(
  sample: Sample,
  output: string,
  samplePath: string,
): { line: number; comment: string } | undefined {
  if (sample.runner.id !== 'javascript' || !samplePath) return undefined
  const file = escapeStringRegexp(samplePath)
  // Node shows a program it refused as `file:LINE`, the line, then `SyntaxError: ...`, with no frame of the file.
  const refused = new RegExp(`^${file}:(\\d+)\\n`).exec(output)
  if (!refused || !/^SyntaxError: /m.test(output)) return undefined
  if (new RegExp(`^\\s+at .*${file}:`, 'm').test(output)) return undefined
  const line = Number(refused[1])
  const part = sample.expected?.parts?.find(
    (candidate) => candidate.error && candidate.from <= line && line <= candidate.to,
  )
  const error = part?.error
  if (!error || (error.name !== undefined && error.name !== 'SyntaxError')) return undefined
  return { line, comment: error.comment }
}
