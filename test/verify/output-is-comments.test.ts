import { describe, expect, it } from 'vitest'
import { sameIntegerInBase } from '../../src/verify/compare/values/integer-bases.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'
import { assignedValue } from '../../src/verify/read/outputs/comments/repl-values.js'
import { valueAfterVerb } from '../../src/verify/read/outputs/comments/verb-values.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')

describe('a comment naming the output before its value', () => {
  it('reads the value after `the output is` and `输出为`', () => {
    expect(valueAfterVerb('The output is 16')).toBe('16')
    expect(valueAfterVerb('the output will be [1, 2]')).toBe('[1, 2]')
    expect(valueAfterVerb('The result is 0b001')).toBe('0b001')
    expect(valueAfterVerb('输出为 16')).toBe('16')
    expect(valueAfterVerb('两数相加输出是7')).toBe('7')
  })

  it('reads the value a remark after a comma follows', () => {
    expect(valueAfterVerb('The output is 0b10101010, or 170 in decimal')).toBe('0b10101010')
    expect(valueAfterVerb('The output is 8, the number of steps')).toBe('8')
  })

  it('reads no value from words', () => {
    expect(valueAfterVerb('The output is the sorted list')).toBeUndefined()
    expect(valueAfterVerb('输出为空')).toBeUndefined()
  })

  it('reads the value an assignment binds', () => {
    if (!python) throw new Error('no runner')
    const statement = { from: 1, to: 1, start: 0, end: 9, text: 'z = x | y', expression: false }
    expect(
      assignedValue(statement, 'The result is 0b11111111, or 255 in decimal', python),
    ).toMatchObject({ name: 'z', text: '0b11111111' })
    expect(assignedValue(statement, '结果为 0b0111', python)).toMatchObject({
      name: 'z',
      text: '0b0111',
    })
    expect(assignedValue(statement, 'The result is a mask', python)).toBeUndefined()
  })
})

describe('sameIntegerInBase', () => {
  it('matches an integer written in another base with its decimal', () => {
    expect(sameIntegerInBase('0b10101010', '170')).toBe(true)
    expect(sameIntegerInBase('0o17', '15')).toBe(true)
    expect(sameIntegerInBase('0xFF', '255')).toBe(true)
    expect(sameIntegerInBase('-0b1', '-1')).toBe(true)
    expect(sameIntegerInBase('0b1111_0000', '240')).toBe(true)
    expect(sameValueDisplay('0b00101000', '40')).toBe(true)
  })

  it('still fails another value, and compares printed hex as written', () => {
    expect(sameIntegerInBase('0b11111111', '170')).toBe(false)
    expect(sameIntegerInBase('0b102', '5')).toBe(false)
    expect(sameIntegerInBase('0xff', '0xff')).toBe(false)
    expect(sameValueDisplay('0xff', '0xff')).toBe(true)
    expect(sameValueDisplay('0b0111', '8')).toBe(false)
  })
})
