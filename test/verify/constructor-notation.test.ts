import { describe, expect, it } from 'vitest'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'

describe('a value comment in constructor notation', () => {
  it('matches the object whose data values are its arguments', () => {
    expect(sameValueDisplay('Max(5)', 'Max { a: 5 }')).toBe(true)
    expect(sameValueDisplay('Some(9.99)', '{ val: 9.99, map: [Function: map] }')).toBe(true)
    expect(sameValueDisplay('None()', '{ map: [Function: map], chain: [Function: chain] }')).toBe(
      true,
    )
    expect(sameValueDisplay("Pair('x', [1, 2])", "Pair { a: 'x', b: [ 1, 2 ] }")).toBe(true)
    expect(sameValueDisplay('容器(1)', "容器 { '内容': 1 }")).toBe(true)
  })

  it('differs in a value, a class or the number of values', () => {
    expect(sameValueDisplay('Max(6)', 'Max { a: 5 }')).toBe(false)
    expect(sameValueDisplay('Min(5)', 'Max { a: 5 }')).toBe(false)
    expect(sameValueDisplay('Pair(1)', 'Pair { a: 1, b: 2 }')).toBe(false)
    expect(sameValueDisplay('Max(5)', '5')).toBe(false)
  })
})
