import { describe, expect, it } from 'vitest'
import { interleavedDraws } from '../../src/verify/compare/varying/interleaved-draws.js'
import { runsSideBySide } from '../../src/verify/read/varying/side-by-side.js'

const failed = { ok: false, diff: [], normalisers: [], timingOnly: false }

describe('lines of workers drawing at random, interleaved', () => {
  it('varies when the lines are the same but for numbers, in any order', () => {
    const shown = ['procnum0 本次随机数:3', 'procnum1 本次随机数:1', 'procnum1 结果列表:[1, 2]', '']
    const printed = 'procnum1 本次随机数:5\nprocnum0 本次随机数:2\nprocnum1 结果列表:[4, 4]\n'
    expect(interleavedDraws(failed, shown, printed)).toMatchObject({ variesOnly: true })
  })

  it('fails on a line with other words, or a line more', () => {
    expect(interleavedDraws(failed, ['w1 drew 4', 'w0 picked 2'], 'w0 drew 1\nw1 drew 3\n')).toBe(
      undefined,
    )
    expect(interleavedDraws(failed, ['w1 drew 4'], 'w0 drew 1\nw1 drew 3\n')).toBeUndefined()
  })

  it('reads threads and processes started side by side', () => {
    expect(runsSideBySide('import multiprocessing\np = multiprocessing.Process(target=f)')).toBe(
      true,
    )
    expect(runsSideBySide('t = threading.Thread(target=f)')).toBe(true)
    expect(runsSideBySide('for i in range(3):\n    print(i)')).toBe(false)
  })
})
