import { describe, expect, it } from 'vitest'
import { bracketOpeningLine } from '../../src/verify/read/code/bracket-opening.js'

describe('bracketOpeningLine', () => {
  const lines = [
    'function f() {',
    "  Object.defineProperty(a, 'x', {",
    "    value: ')',",
    '  }); // TypeError',
    '}',
  ]

  it('finds the line opening the brackets a closing line closes', () => {
    expect(bracketOpeningLine(lines, 3, '  });')).toBe(2)
  })

  it('leaves brackets inside strings out of the count', () => {
    expect(bracketOpeningLine(["f('(', {", '  a: 1,', '})'], 2, '})')).toBe(1)
  })

  it('gives nothing for a line closing no bracket', () => {
    expect(bracketOpeningLine(lines, 2, "    value: ')',")).toBeUndefined()
  })
})
