import { describe, expect, it } from 'vitest'
import { rewrappedLine, wrappedLike } from '../../src/verify/compare/values/wrapped-values.js'

describe('rewrappedLine', () => {
  it('reads a value wrapped over lines as the one line printed', () => {
    expect(rewrappedLine(['[[0, 1, 2],', ' [3, 4, 5]]'], '[[0, 1, 2], [3, 4, 5]]\n')).toBe(true)
    expect(rewrappedLine(['[', "  'a', 'b'", ']'], "['a', 'b']\n")).toBe(true)
    expect(rewrappedLine(['[[0, 1, 2],', ' [3, 4, 6]]'], '[[0, 1, 2], [3, 4, 5]]\n')).toBe(false)
  })
})

describe('wrappedLike', () => {
  it('breaks the printed line where the documented value breaks, keeping its indentation', () => {
    expect(
      wrappedLike(
        ['[[1, 2, 3],', ' [4, 5, 6],', ' [7, 8, 0]]'],
        '[[1, 2, 3], [4, 5, 6], [7, 8, 9]]\n',
      ),
    ).toBe('[[1, 2, 3],\n [4, 5, 6],\n [7, 8, 9]]\n')
  })

  it('gives the rest to the last line when the value is longer or shorter than shown', () => {
    expect(wrappedLike(['[1, 2,', ' 3]'], '[1, 2, 3, 4]\n')).toBe('[1, 2,\n 3, 4]\n')
    expect(wrappedLike(['[10, 20,', ' 30]'], '[1]\n')).toBe('[1]\n \n')
  })

  it('leaves single lines and output of several lines alone', () => {
    expect(wrappedLike(['[1, 2]'], '[1, 2]\n')).toBeUndefined()
    expect(wrappedLike(['a', 'b'], 'a\nb\n')).toBeUndefined()
    expect(wrappedLike(['{', '  "id": 8', '}'], `'{\\n  "id": 7\\n}'\n`)).toBeUndefined()
  })
})
