import { describe, expect, it } from 'vitest'
import { sameFunctionDisplay } from '../../src/verify/compare/values/function-display.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'

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

  it('reads functions shown by their source inside an array or object', () => {
    const two = '[ [Function (anonymous)], [Function (anonymous)] ]'
    expect(sameValueDisplay('[(y) => 1 + y, (y) => 3 + y]', two)).toBe(true)
    expect(sameValueDisplay('[function (a) { return a }, (x) => f(1, x)]', two)).toBe(true)
    expect(sameValueDisplay('{ inc: x => x + 1 }', '{ inc: [Function (anonymous)] }')).toBe(true)
    // The number of functions, the values beside them and their names stay compared.
    expect(sameValueDisplay('[(y) => 1 + y]', two)).toBe(false)
    expect(sameValueDisplay('[(y) => 1 + y, 3]', '[ [Function (anonymous)], 4 ]')).toBe(false)
    expect(sameValueDisplay('{ inc: x => x + 1 }', '{ inc: [Function: inc] }')).toBe(true)
    expect(sameValueDisplay('[function add(a) {}]', '[ [Function: sub] ]')).toBe(false)
    // A Map's key is not an arrow's parameter.
    expect(sameValueDisplay('Map(1) {true => 1}', 'Map(1) { true => 1 }')).toBe(true)
  })

  it("reads older Node's `[Function]` as a function of any name", () => {
    expect(sameValueDisplay('[Function]', '[Function (anonymous)]')).toBe(true)
    expect(sameValueDisplay('[Function]', '[Function (anonymous)] Object')).toBe(true)
    expect(sameValueDisplay('{ a: [Function] }', '{ a: [Function (anonymous)] }')).toBe(true)
    // Older engines named fewer functions: `{ 'a b': function () {} }`.
    expect(sameValueDisplay('[Function]', '[Function: obnoxious property]')).toBe(true)
    expect(sameValueDisplay('[Function]', "[ 'f' ]")).toBe(false)
    expect(sameValueDisplay('[Function: g]', '[Function: obnoxious property]')).toBe(false)
  })
})
