import { describe, expect, it } from 'vitest'
import { withoutCallArguments } from '../../src/verify/read/error-claims/call-arguments.js'
import { printRaisesNamedError } from '../../src/verify/read/error-claims/raised-by-print.js'

describe('withoutCallArguments', () => {
  it('leaves out the arguments of calls, not of other brackets', () => {
    expect(withoutCallArguments("s.index('shit'))")).toBe('s.index())')
    expect(withoutCallArguments("f(g('a'), 'b'))")).toBe('f())')
    expect(withoutCallArguments("d['k'])")).toBe("d['k'])")
    expect(withoutCallArguments("'a' + s.strip())")).toBe("'a' + s.strip())")
  })
})

describe('printRaisesNamedError with a call given a string', () => {
  it('reads the comment as the error the call raises', () => {
    const line = "print(s.index('shit'))"
    expect(printRaisesNamedError(line, 'ValueError: substring not found', line)).toBe(true)
  })

  it('keeps a printed string literal as printed text', () => {
    const line = "print('ValueError: ' + msg)"
    expect(printRaisesNamedError(line, 'ValueError: bad', line)).toBe(false)
  })
})
