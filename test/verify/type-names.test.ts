import { describe, expect, it } from 'vitest'
import { namesPrintedType } from '../../src/verify/compare/comments/type-names.js'

describe('a comment naming the printed value’s type', () => {
  it('is a remark when the type is the value’s', () => {
    expect(namesPrintedType('symbol', 'Symbol()\n')).toBe(true)
    expect(namesPrintedType('object', "{ a: 'b' }\n")).toBe(true)
    expect(namesPrintedType('bigint', '98798n\n')).toBe(true)
    expect(namesPrintedType('number', '40.7\n')).toBe(true)
  })

  it('is compared when it names another type or is the value itself', () => {
    expect(namesPrintedType('symbol', "{ a: 'b' }\n")).toBe(false)
    expect(namesPrintedType('undefined', 'undefined\n')).toBe(false)
    expect(namesPrintedType('number', 'number\n')).toBe(false)
    expect(namesPrintedType('string', 'Hello\n')).toBe(false)
  })
})
