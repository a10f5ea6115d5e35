import { describe, expect, it } from 'vitest'
import { withoutLeadingSemicolon } from '../../src/verify/read/code/leading-semicolons.js'
import { topLevelStatements } from '../../src/verify/read/code/statements.js'

describe('withoutLeadingSemicolon', () => {
  it('ends a statement before the `;` that opens the next line', () => {
    expect(withoutLeadingSemicolon('const p = f\n\n;')).toBe('const p = f')
    expect(withoutLeadingSemicolon('let x = 1\n  ;')).toBe('let x = 1')
  })

  it('keeps a statement closed on its own line', () => {
    expect(withoutLeadingSemicolon('const p = f;')).toBe('const p = f;')
  })
})

describe('topLevelStatements with a leading `;`', () => {
  it('gives the line to the expression after the `;`', () => {
    const statements = topLevelStatements(
      { id: 'javascript' },
      'const big = (n) => n > 2\n\n;[1, 2, 3].filter(big) // [3]\n',
    )
    expect(statements?.map((s) => [s.from, s.to, s.expression])).toEqual([
      [1, 1, false],
      [3, 3, true],
    ])
  })
})
