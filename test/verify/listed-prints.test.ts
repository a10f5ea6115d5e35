import { describe, expect, it } from 'vitest'
import { listsPrintedLines } from '../../src/verify/compare/comments/listed-prints.js'

describe('listsPrintedLines', () => {
  it('reads items at commas outside brackets, each the value of a printed line', () => {
    expect(listsPrintedLines("'若川', [1, 2]", ['若川', '[ 1, 2 ]'])).toBe(true)
    expect(listsPrintedLines('"Ann",  42', ['Ann', '42'])).toBe(true)
  })

  it('reads the quoted arguments of the prints, word for word', () => {
    expect(listsPrintedLines("'若川'  'arrowFn:' '若川'", ['若川', 'arrowFn: 若川'])).toBe(true)
    expect(listsPrintedLines("'person' 'arrowFn:' 'person'", ['person', 'arrowFn: person'])).toBe(
      true,
    )
  })

  it('leaves another value, another count and a single line to their own comparison', () => {
    expect(listsPrintedLines("'若川', [1, 2]", ['若川', '[ 1, 3 ]'])).toBe(false)
    expect(listsPrintedLines("'person' 'arrowFn:' 'person'", ['person', 'arrowFn: 若川'])).toBe(
      false,
    )
    expect(listsPrintedLines('1, 2, 3', ['1', '2'])).toBe(false)
    expect(listsPrintedLines("'a'", ['a'])).toBe(false)
  })
})
