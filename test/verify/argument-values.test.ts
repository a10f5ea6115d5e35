import { describe, expect, it } from 'vitest'
import {
  parseConsoleValue,
  sameConsoleValue,
} from '../../src/verify/compare/values/console-values.js'
import { valuePerArgument } from '../../src/verify/read/outputs/comments/argument-values.js'

describe('a print call’s comment giving one value per argument', () => {
  it('reads as many bare scalars as the call has arguments as a claim', () => {
    expect(valuePerArgument('console.log(x, y, z);  // 0 0 undefined', '0 0 undefined')).toBe(true)
    expect(valuePerArgument('print(a, b)  # 1 None', '1 None')).toBe(true)
    expect(valuePerArgument('console.log(f(1, 2), [3, 4]) // 3 7', '3 7')).toBe(true)
    const line = 'console.log(d, typeof d); // 3 "number" (numeric subtraction)'
    expect(valuePerArgument(line, '3 "number" (numeric subtraction)')).toBe(true)
    expect(valuePerArgument(line, "3 'a number'")).toBe(true)
    expect(valuePerArgument(line, '3 number')).toBe(true)
    expect(valuePerArgument('console.log(d, n); // 3 number', '3 number')).toBe(false)
  })

  it('leaves words, other counts and one value to the other readings', () => {
    expect(valuePerArgument('console.log(x, y) // 1 2 3', '1 2 3')).toBe(false)
    expect(valuePerArgument('console.log(x) // 1', '1')).toBe(false)
    expect(valuePerArgument('console.log(x, y) // both zero', 'both zero')).toBe(false)
    expect(valuePerArgument('total(x, y) // 1 2', '1 2')).toBe(false)
  })
})

describe('a negative zero', () => {
  it('is shown `-0`, not the `0` it equals', () => {
    const value = (text: string) => parseConsoleValue(text) ?? { kind: 'token' as const, text }
    expect(sameConsoleValue(value('-0'), value('0'))).toBe(false)
    expect(sameConsoleValue(value('-0'), value('-0'))).toBe(true)
    expect(sameConsoleValue(value('1.50'), value('1.5'))).toBe(true)
  })
})
