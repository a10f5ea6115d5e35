import { describe, expect, it } from 'vitest'
import { showsTerminal, terminalDisplay } from '../../src/verify/compare/terminal-display.js'

describe('terminal display', () => {
  it('shows nothing for NUL bytes, as a zero-filled buffer prints them', () => {
    expect(showsTerminal(['abc'], 'abc\x00\x00\x00')).toBe(true)
    expect(terminalDisplay('abc\x00\x00\x00')).toBe('abc')
    expect(terminalDisplay('\x00ello')).toBe('ello')
    expect(terminalDisplay('H\x00e\x00l\x00l\x00o\x00')).toBe('Hello')
  })

  it('keeps the other characters, so a different value still differs', () => {
    expect(terminalDisplay('abd\x00\x00')).not.toBe('abc')
  })

  it('compares as written when the post shows the control character itself', () => {
    expect(showsTerminal(['a\x00b'], 'a\x00b')).toBe(false)
  })
})
