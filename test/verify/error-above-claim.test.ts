import { describe, expect, it } from 'vitest'
import { stoppedRightAbove } from '../../src/verify/compare/errors/error-above-claim.js'

describe('stoppedRightAbove', () => {
  const code = [
    'function P() { throw new Error("x") }', // 1
    'const p = P();', // 2
    '// the call above throws', // 3
    '', // 4
    'console.log(p); // throws', // 5
    'console.log(1);', // 6
  ]
  it('holds for an error raised by the statement right above, gaps of blank and comment lines between', () => {
    expect(stoppedRightAbove([1, 2], 5, code, ['//'])).toBe(true)
  })

  it('does not hold across another statement, or for the claimed line itself or below it', () => {
    expect(stoppedRightAbove([1, 2], 6, code, ['//'])).toBe(false)
    expect(stoppedRightAbove([5], 5, code, ['//'])).toBe(false)
    expect(stoppedRightAbove([], 5, code, ['//'])).toBe(false)
  })
})
