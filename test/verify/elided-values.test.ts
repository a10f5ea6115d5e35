import { describe, expect, it } from 'vitest'
import { matchesElidedValue } from '../../src/verify/compare/values/elided-values.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'
import { printedThenValue } from '../../src/verify/read/outputs/comments/printed-then-value.js'

describe('a documented value with part of it left out', () => {
  it('matches the text around each `...` in order, as doctest ELLIPSIS does', () => {
    expect(matchesElidedValue('2.333...', '2.3333333333333335')).toBe(true)
    expect(matchesElidedValue('0.333…', '0.3333333333333333')).toBe(true)
    expect(
      matchesElidedValue(
        '"0123456789ABC...XYZabc...xyz"',
        "'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'",
      ),
    ).toBe(true)
  })

  it('reads a `...` standing alone between the cells of a row as the cells left out', () => {
    expect(
      matchesElidedValue('1×9=9\t2×9=18\t...\t9×9=81', '1×9=9\t2×9=18\t3×9=27\t9×9=81\t'),
    ).toBe(true)
    expect(matchesElidedValue('0 1 2 … 9', '0 1 2 3 4 5 6 7 8 9')).toBe(true)
    expect(matchesElidedValue('1×9=9\t...\t9×9=80', '1×9=9\t2×9=18\t9×9=81')).toBe(false)
    expect(matchesElidedValue('f(a, ...args)', 'f(a, 1, 2)')).toBe(false)
  })

  it('still fails a wrong value, and leaves spreads and lone `...` lines alone', () => {
    expect(matchesElidedValue('3.15...', '3.142857142857143')).toBe(false)
    expect(matchesElidedValue('"abc...xyz"', "'abcdef'")).toBe(false)
    expect(matchesElidedValue('[...a, 3]', '[ 1, 2, 3 ]')).toBe(false)
    expect(matchesElidedValue('...', 'anything')).toBe(false)
    expect(matchesElidedValue('2.5', '2.5')).toBe(false)
  })
})

describe('a comment saying a call prints a line, then gives a value', () => {
  it('reads the printed line, then the value, in English and in Chinese', () => {
    expect(printedThenValue('prints "start" -> { value: 1, done: false }')).toEqual([
      'start',
      '{ value: 1, done: false }',
    ])
    expect(printedThenValue('打印「开始」→ { value: 1, done: false }')).toEqual([
      '开始',
      '{ value: 1, done: false }',
    ])
    expect(
      printedThenValue(
        '打印「结束」→ { value: 3, done: true }（return 值进了 value，done 变 true）',
      ),
    ).toEqual(['结束', '{ value: 3, done: true }'])
  })

  it('reads nothing from other comments', () => {
    expect(printedThenValue('{ value: 1, done: false }')).toBeUndefined()
    expect(printedThenValue('打印「开始」')).toBeUndefined()
    expect(printedThenValue('prints "a" -> the next step')).toBeUndefined()
  })
})

describe('a display with the rest of some members left out', () => {
  const people = "[\n  { name: 'Ann', age: 18 },\n  { name: 'Bo', age: 39, city: 'Oslo' }\n]"
  it("matches Node's display wrapped over lines, each `...` within its own object", () => {
    expect(sameValueDisplay("[{ name: 'Ann'... }, { name: 'Bo'... }]", people)).toBe(true)
    expect(sameValueDisplay('[{ name: "Ann", age: 18 }, { name: "Bo"… }]', people)).toBe(true)
  })

  it('still fails another order, a wrong member, and an elision across objects', () => {
    expect(sameValueDisplay("[{ name: 'Bo'... }, { name: 'Ann'... }]", people)).toBe(false)
    expect(sameValueDisplay("[{ name: 'Ann', age: 19... }, { name: 'Bo'... }]", people)).toBe(false)
    expect(sameValueDisplay("[{ name: 'Ann'... }]", people)).toBe(false)
  })
})
