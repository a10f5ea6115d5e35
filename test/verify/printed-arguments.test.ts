import { describe, expect, it } from 'vitest'
import {
  printedText,
  withBareArguments,
} from '../../src/verify/compare/comments/printed-arguments.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'

describe('printed arguments', () => {
  it('puts the quoted strings among several values bare, as a print shows them', () => {
    expect(withBareArguments("'1' '2'")).toBe('1 2')
    expect(withBareArguments('"foo" 3')).toBe('foo 3')
    expect(withBareArguments("'a' ['b', 'c']")).toBe("a ['b', 'c']")
    expect(withBareArguments("'only'")).toBeUndefined()
    expect(withBareArguments('1 2')).toBeUndefined()
    expect(printedText('"bar"')).toBe('bar')
    expect(printedText('bar is "x"')).toBe('bar is "x"')
  })

  it('matches a print of the same values only', () => {
    expect(sameValueDisplay("'1' '2'", '1 2')).toBe(true)
    expect(sameValueDisplay("'1' '2'", '1 3')).toBe(false)
    expect(sameValueDisplay("'1 2'", '1 2')).toBe(true)
  })
})
