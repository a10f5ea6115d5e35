import { describe, expect, it } from 'vitest'
import { sameListedValues } from '../../src/verify/compare/comments/listed-values.js'
import { listedValues } from '../../src/verify/read/outputs/comments/listed-values.js'

describe('listedValues', () => {
  it('splits at the commas outside brackets and strings', () => {
    expect(listedValues('1, 2, {y:3,z:4}')).toEqual(['1', '2', '{y:3,z:4}'])
    expect(listedValues("'a, b', [1,2]")).toEqual(["'a, b'", '[1,2]'])
  })
  it('reads a value followed by words as no list', () => {
    expect(listedValues('3, the quotient')).toBeUndefined()
    expect(listedValues('3, quotient')).toBeUndefined()
    expect(listedValues('x, y')).toBeUndefined()
    expect(listedValues('[1, 2]')).toBeUndefined()
  })
  it('takes a bare word beside two values for a string printed bare', () => {
    expect(listedValues("Tom, 'Tom', 18")).toEqual(['Tom', "'Tom'", '18'])
    expect(listedValues('小明, 1, 1')).toEqual(['小明', '1', '1'])
  })
})

describe('sameListedValues', () => {
  it('matches arrays and objects however spaced, strings printed bare', () => {
    expect(sameListedValues('1, 2, {y:3,z:4}', '1 2 { y: 3, z: 4 }')).toBe(true)
    expect(sameListedValues("'小明', [3,4]", '小明 [ 3, 4 ]')).toBe(true)
  })
  it('matches a bare word with the string printed', () => {
    expect(sameListedValues("Tom, 'Tom', 18", 'Tom Tom 18')).toBe(true)
    expect(sameListedValues('parent, 1, 1', 'parent 1 1')).toBe(true)
    expect(sameListedValues('parent, 1, 1', 'child 1 1')).toBe(false)
  })
  it('tells different values apart', () => {
    expect(sameListedValues('1, [2,3,4]', '1 [ 2, 3 ]')).toBe(false)
    expect(sameListedValues("'a', ['b']", "a [ 'b', 'c' ]")).toBe(false)
  })
})
