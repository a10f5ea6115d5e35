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

  it("reads the function's or class's name alone as that function or class", () => {
    expect(sameFunctionDisplay('Person', '[Function: Person]')).toBe(true)
    expect(sameFunctionDisplay('人', '[Function: 人]')).toBe(true)
    expect(sameFunctionDisplay('Robot', '[class Robot]')).toBe(true)
    expect(sameFunctionDisplay('Person', '[Function: Object]')).toBe(false)
    expect(sameFunctionDisplay('Person', "Person { name: 'a' }")).toBe(false)
  })

  it('keeps names apart, and classes and other values out', () => {
    expect(sameFunctionDisplay('function add() {}', '[Function: sub]')).toBe(false)
    expect(sameFunctionDisplay('function() {}', '[Function: sayHello]')).toBe(false)
    expect(sameFunctionDisplay('class A {}', '[class A]')).toBe(false)
    expect(sameFunctionDisplay('undefined', '[Function (anonymous)]')).toBe(false)
  })
})
