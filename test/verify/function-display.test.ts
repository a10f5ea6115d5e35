import { describe, expect, it } from 'vitest'
import { sameFunctionDisplay } from '../../src/verify/compare/function-display.js'
import { sameValueDisplay } from '../../src/verify/compare/value-display.js'

describe('sameFunctionDisplay', () => {
  it("reads a function's source as the function Node tags", () => {
    expect(sameFunctionDisplay('function() {}', '[Function (anonymous)]')).toBe(true)
    expect(sameFunctionDisplay('ƒ add(a, b) {...}', '[Function: add]')).toBe(true)
    expect(sameFunctionDisplay('() => {}', '[Function (anonymous)]')).toBe(true)
    expect(sameValueDisplay('function() {}', '[Function (anonymous)]')).toBe(true)
  })

  it('keeps names apart, and classes and other values out', () => {
    expect(sameFunctionDisplay('function add() {}', '[Function: sub]')).toBe(false)
    expect(sameFunctionDisplay('function() {}', '[Function: sayHello]')).toBe(false)
    expect(sameFunctionDisplay('class A {}', '[class A]')).toBe(false)
    expect(sameFunctionDisplay('undefined', '[Function (anonymous)]')).toBe(false)
  })
})
