import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare-output.js'
import type { DocumentedOutput } from '../../src/verify/documented-output.js'

function documented(text: string, kind: DocumentedOutput['kind'] = 'block'): DocumentedOutput {
  const lines = text.split('\n')
  return { kind, lines, lineNumbers: lines.map((_, index) => 100 + index), reason: 'test' }
}

const options = { samplePath: '/tmp/postdeck-sample-abc/sample.py' }

describe('compareOutput', () => {
  it('matches decimals on duration lines within run-to-run noise', () => {
    expect(
      compareOutput(documented('Execution Time: 1.02'), 'Execution Time: 1.00\n', options).ok,
    ).toBe(true)
    expect(compareOutput(documented('耗时：1.02秒'), '耗时：1.09秒\n', options).ok).toBe(true)
  })

  it('fails a timing off by a second, and reports it as a timing miss', () => {
    const result = compareOutput(
      documented('Execution Time: 1.02'),
      'Execution Time: 2.00\n',
      options,
    )
    expect(result.ok).toBe(false)
    expect(result.timingOnly).toBe(true)
    expect(result.diff).toEqual([
      { kind: 'expected', text: 'Execution Time: 1.02', line: 100 },
      { kind: 'actual', text: 'Execution Time: 2.00' },
    ])
  })

  it('fails a second off on longer timings too', () => {
    expect(
      compareOutput(documented('Execution Time: 5.02'), 'Execution Time: 6.02', options).ok,
    ).toBe(false)
    expect(compareOutput(documented('took 10.00 s'), 'took 12.00 s', options).ok).toBe(false)
    expect(compareOutput(documented('took 10.00 s'), 'took 10.30 s', options).ok).toBe(true)
  })

  it('masks memory addresses, not hex numbers a sample computes', () => {
    expect(compareOutput(documented('0xdead'), '0xbeef', options).ok).toBe(false)
    expect(
      compareOutput(documented('<Box object at 0x10a>'), '<Box object at 0x7f3c>', options).ok,
    ).toBe(true)
  })

  it('leaves alone a path both sides show, and reads Windows paths with spaces', () => {
    const library = '/usr/lib/python3.11/asyncio/runners.py:118: in run'
    expect(compareOutput(documented(library), library, options).ok).toBe(true)
    const spaced = documented('C:\\Users\\John Doe\\code\\test.py:3: UserWarning: careful')
    expect(
      compareOutput(spaced, '/tmp/postdeck-sample-abc/sample.py:3: UserWarning: careful', options)
        .ok,
    ).toBe(true)
  })

  it('never gives integers or lines without a duration cue a tolerance', () => {
    expect(compareOutput(documented('took 3 ms'), 'took 4 ms', options).ok).toBe(false)
    expect(compareOutput(documented('ratio 1.02'), 'ratio 1.00', options).ok).toBe(false)
  })

  it('honours an explicit tolerance', () => {
    expect(
      compareOutput(documented('elapsed 1.00'), 'elapsed 1.30', { ...options, tolerance: 0.5 }).ok,
    ).toBe(true)
    expect(
      compareOutput(documented('elapsed 1.00'), 'elapsed 1.30', { ...options, tolerance: 0.1 }).ok,
    ).toBe(false)
  })

  it("matches the author's Windows path of the sample to the path it ran from, keeping the line", () => {
    const want = documented('C:\\Users\\li\\code\\test.py:6: RuntimeWarning: never awaited')
    const got = '/tmp/postdeck-sample-abc/sample.py:6: RuntimeWarning: never awaited\n'
    const result = compareOutput(want, got, options)
    expect(result.ok).toBe(true)
    expect(result.normalisers).toContain('sample path')
    expect(compareOutput(want, got.replace(':6:', ':7:'), options).ok).toBe(false)
  })

  it('masks memory addresses and line endings, and ignores indentation only for comment outputs', () => {
    expect(
      compareOutput(
        documented('<object at 0x000001EDFFB15430>'),
        '<object at 0x7f0c1d2e3f40>\r\n',
        options,
      ),
    ).toMatchObject({
      ok: true,
      normalisers: expect.arrayContaining(['line endings', 'memory addresses']),
    })
    expect(compareOutput(documented('print(x)', 'comment'), '  print(x)', options).ok).toBe(true)
    expect(compareOutput(documented('print(x)', 'block'), '  print(x)', options).ok).toBe(false)
  })

  it('keeps line order unless told otherwise', () => {
    expect(compareOutput(documented('a\nb'), 'b\na', options).ok).toBe(false)
    expect(compareOutput(documented('a\nb'), 'b\na', { ...options, unordered: true }).ok).toBe(true)
  })

  it('supports `...` for any lines and `[..]` for any text', () => {
    expect(compareOutput(documented('start\n...\nend'), 'start\nx\ny\nend', options).ok).toBe(true)
    expect(compareOutput(documented('start\n...\nend'), 'start\nend', options).ok).toBe(true)
    expect(compareOutput(documented('took [..] seconds'), 'took 12 seconds', options).ok).toBe(true)
    expect(compareOutput(documented('start\n...\nend'), 'start\nx\nfinish', options).ok).toBe(false)
  })

  it('reports a missing line with its line number in the post', () => {
    const result = compareOutput(documented('one\ntwo\nthree'), 'one\nthree', options)
    expect(result.diff).toEqual([
      { kind: 'same', text: 'one', line: 100 },
      { kind: 'expected', text: 'two', line: 101 },
      { kind: 'same', text: 'three', line: 102 },
    ])
  })
})
