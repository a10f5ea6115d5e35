import { describe, expect, it } from 'vitest'
import { maskedPatternTargets } from '../../src/verify/read/code/pattern-targets.js'

describe('member expressions as array-pattern targets', () => {
  it('gives them to the parser as names of the same length', () => {
    const swap = '  [arr[j], arr[j + 1]] = [arr[j + 1], arr[j]];'
    const masked = maskedPatternTargets(swap)
    expect(masked).toBe('  [arr_j_, arr_j___1_] = [arr[j + 1], arr[j]];')
    expect(masked.length).toBe(swap.length)
    expect(maskedPatternTargets('[this.a, this.b] = s.split(" ")')).toBe(
      '[this_a, this_b] = s.split(" ")',
    )
  })

  it('leaves array literals, comparisons and plain patterns alone', () => {
    for (const line of ['[a, b] = [b, a]', '[1, 2].map(f)', '[a.b] == c', '[...rest] = xs']) {
      expect(maskedPatternTargets(line)).toBe(line)
    }
  })
})
