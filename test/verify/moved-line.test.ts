import { describe, expect, it } from 'vitest'
import type { Comparison, DiffLine } from '../../src/verify/compare/compare-output.js'
import { firstDifference } from '../../src/verify/judge/compare-run.js'

const comparison = (diff: DiffLine[]): Comparison => ({
  ok: false,
  diff,
  normalisers: [],
  timingOnly: false,
})

describe('firstDifference of a line printed earlier than the post shows it', () => {
  it('is the documented line it starts like, with only matching lines between (English, Chinese)', () => {
    const english = comparison([
      { kind: 'actual', text: 'cmp: EOF on f1 after byte 8' },
      { kind: 'same', text: '4  40 144', line: 71 },
      { kind: 'same', text: '8  12  63', line: 72 },
      { kind: 'expected', text: 'cmp: EOF on f1', line: 73 },
    ])
    expect(firstDifference(english)).toBe(73)
    const chinese = comparison([
      { kind: 'actual', text: '错误：文件 a.txt 结束于第 8 字节' },
      { kind: 'same', text: '4  40 144', line: 21 },
      { kind: 'expected', text: '错误：文件 a.txt 结束', line: 22 },
    ])
    expect(firstDifference(chinese)).toBe(22)
  })

  it('stays where the real line was printed when no later line is like it, or another line differs first', () => {
    const added = comparison([
      { kind: 'actual', text: 'warning: something new' },
      { kind: 'same', text: 'result 1', line: 11 },
      { kind: 'expected', text: 'result 2 was here', line: 12 },
    ])
    expect(firstDifference(added)).toBe(11)
    const between = comparison([
      { kind: 'actual', text: 'cmp: EOF on f1 after byte 8' },
      { kind: 'expected', text: 'first line', line: 11 },
      { kind: 'expected', text: 'cmp: EOF on f1', line: 12 },
    ])
    expect(firstDifference(between)).toBe(11)
    const short = comparison([
      { kind: 'actual', text: '0' },
      { kind: 'same', text: 'a line', line: 11 },
      { kind: 'expected', text: '0', line: 12 },
    ])
    expect(firstDifference(short)).toBe(11)
  })
})
