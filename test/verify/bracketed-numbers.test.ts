import { describe, expect, it } from 'vitest'
import { bracketedNumbersAt } from '../../src/verify/read/not-checkable/shown/bracketed-numbers.js'
import { sampleOf } from './sample-of.js'

const called = "TypeError: 'int' object is not callable\n"

describe('bracketedNumbersAt', () => {
  it('reads numbers in brackets set side by side as arithmetic notation (English, Chinese comments)', () => {
    const english = sampleOf('py', '+ 1 + 2\n# can be read as\n(+1)(+2)', '', 10)
    expect(bracketedNumbersAt(english, called, 3)).toBe(
      'arithmetic notation, numbers in brackets set side by side (`(+1)(+2)`) at line 13',
    )
    const chinese = sampleOf('py', '+ 1 + 2\n# 可看成\n(+1)(+2)', '', 10)
    expect(bracketedNumbersAt(chinese, called, 3)).toContain('(`(+1)(+2)`)')
    const js = sampleOf('js', '(-1)(+2)', '', 10)
    expect(bracketedNumbersAt(js, 'TypeError: -1 is not a function\n', 1)).toContain('(-1)(+2)')
  })

  it('leaves a number called in code, and other errors at such a line', () => {
    const code = sampleOf('py', 'x = 3\nprint(2(x + 1))', '', 10)
    expect(bracketedNumbersAt(code, called, 2)).toBeUndefined()
    const other = sampleOf('py', '(+1)(+2)', '', 10)
    expect(bracketedNumbersAt(other, 'NameError: name x is not defined\n', 1)).toBeUndefined()
    expect(bracketedNumbersAt(other, called, undefined)).toBeUndefined()
  })
})
