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
    expect(listedValues('[1, 2]')).toBeUndefined()
  })
})

describe('sameListedValues', () => {
  it('matches arrays and objects however spaced, strings printed bare', () => {
    expect(sameListedValues('1, 2, {y:3,z:4}', '1 2 { y: 3, z: 4 }')).toBe(true)
    expect(sameListedValues("'小明', [3,4]", '小明 [ 3, 4 ]')).toBe(true)
  })
  it('tells different values apart', () => {
    expect(sameListedValues('1, [2,3,4]', '1 [ 2, 3 ]')).toBe(false)
    expect(sameListedValues("'a', ['b']", "a [ 'b', 'c' ]")).toBe(false)
  })
})
