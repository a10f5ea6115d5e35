import { describe, expect, it } from 'vitest'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'

describe('a primitive wrapped in its object, as each console shows it', () => {
  it('reads Chrome’s and Firefox’s `Number {2}` as Node’s `[Number: 2]`', () => {
    expect(sameValueDisplay('Number{2}', '[Number: 2]')).toBe(true)
    expect(sameValueDisplay('Number {2}', '[Number: 2]')).toBe(true)
    expect(sameValueDisplay('Number { 2 }', '[Number: 2]')).toBe(true)
    expect(sameValueDisplay('Number {[[PrimitiveValue]]: 2}', '[Number: 2]')).toBe(true)
    expect(sameValueDisplay('String {"若川"}', "[String: '若川']")).toBe(true)
    expect(sameValueDisplay('Boolean {true}', '[Boolean: true]')).toBe(true)
  })

  it('still tells another value or a bare primitive apart', () => {
    expect(sameValueDisplay('Number {3}', '[Number: 2]')).toBe(false)
    expect(sameValueDisplay('String {"a"}', "[String: 'b']")).toBe(false)
    expect(sameValueDisplay('Number {2}', '2')).toBe(false)
  })
})
