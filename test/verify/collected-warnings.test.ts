import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import type { DocumentedOutput } from '../../src/verify/read/outputs/documented-output.js'

function documented(text: string): DocumentedOutput {
  const lines = text.split('\n')
  return {
    kind: 'comment',
    lines,
    lineNumbers: lines.map((_, index) => 100 + index),
    reason: 'test',
  }
}

const options = { samplePath: '/tmp/postdeck-sample-abc/sample.py' }
const post =
  "<coroutine object foo at 0x0000024D1B444848>\nsys:1: RuntimeWarning: coroutine 'foo' was never awaited"

describe('a warning Python prints when it collects an object', () => {
  it('is left out when the run, sharing its objects with later samples, does not print it', () => {
    const comparison = compareOutput(
      documented(post),
      '<coroutine object foo at 0x7f3a2c1b9e40>\n',
      options,
    )
    expect(comparison.ok).toBe(true)
    expect(comparison.normalisers).toContain('warning printed when collected')
  })

  it('is compared when the run prints it, and leaves the other lines compared', () => {
    const real =
      "<coroutine object foo at 0x7f3a2c1b9e40>\nsys:1: RuntimeWarning: coroutine 'bar' was never awaited\n"
    expect(compareOutput(documented(post), real, options).ok).toBe(false)
    expect(
      compareOutput(documented(post), '<coroutine object bar at 0x7f3a2c1b9e40>\n', options).ok,
    ).toBe(false)
  })
})
