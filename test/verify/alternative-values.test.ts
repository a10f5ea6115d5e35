import { describe, expect, it } from 'vitest'
import { oneOfAlternatives } from '../../src/verify/compare/comments/alternative-values.js'

describe('a value comment naming alternatives', () => {
  it('matches a statement showing one of them', () => {
    expect(oneOfAlternatives(['$food or "Cake"'], 'Cake\n')).toBe(true)
    expect(oneOfAlternatives(['1 或 2'], '2\n')).toBe(true)
    expect(oneOfAlternatives(['"a" or "b" or "c"'], 'c')).toBe(true)
  })

  it('does not match another value, words, or a comment naming one value', () => {
    expect(oneOfAlternatives(['$food or "Cake"'], 'Pie\n')).toBe(false)
    expect(oneOfAlternatives(['"Jo" (slicing)'], 'Jo\n')).toBe(false)
    expect(oneOfAlternatives(['the name or the default'], 'name\n')).toBe(false)
    expect(oneOfAlternatives(['"Cake"'], 'Cake\n')).toBe(false)
    expect(oneOfAlternatives(['1 or 2'], '1\n2\n')).toBe(false)
  })
})
