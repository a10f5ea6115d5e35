import { noAnnotations } from '../../src/verify/read/annotations.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

/**
 * A sample of `language` at `line` of post.md, as the reader extracts it, with
 * `documented` (lines) as its output fence ten lines below, if given.
 */
export function sampleOf(language: string, code: string, documented = '', line = 1): Sample {
  const runner = runnerFor(language)
  if (!runner) throw new Error(`no runner for ${language}`)
  const lines = documented ? documented.split('\n') : []
  return {
    id: `post.md:${line}`,
    path: 'post.md',
    line,
    language,
    runner,
    code,
    mode: 'compare',
    expected: documented
      ? { kind: 'block', lines, lineNumbers: lines.map((_, i) => line + 9 + i), reason: 'test' }
      : undefined,
    files: {},
    expectedError: undefined,
    annotations: noAnnotations,
    needs: [],
    chain: `post.md:${line}`,
  }
}
