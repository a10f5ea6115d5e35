import { describe, expect, it } from 'vitest'
import { shellErrorPrefixes } from '../../src/verify/compare/errors/shell-errors.js'

describe("bash's name before its own errors", () => {
  it('reads a login shell, a shell and a script alike, on either side', () => {
    const prefixes = shellErrorPrefixes(['-bash: Stuff: command not found'])
    expect(prefixes?.('-bash: Stuff: command not found', 'expected')).toBe(
      'bash: Stuff: command not found',
    )
    expect(prefixes?.('-bash: Stuff: command not found', 'actual')).toBe(
      'bash: Stuff: command not found',
    )
    expect(prefixes?.('<sample>: line 2: Stuff: command not found', 'actual')).toBe(
      'bash: Stuff: command not found',
    )
  })
  it('leaves outputs that show no error of bash alone', () => {
    expect(shellErrorPrefixes(['Stuff'])).toBeUndefined()
  })
})
