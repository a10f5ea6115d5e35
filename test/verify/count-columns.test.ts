import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { withoutCountPadding } from '../../src/verify/compare/count-columns.js'
import { terminalDisplay } from '../../src/verify/compare/terminal-display.js'

const documented = (lines: string[]) => ({
  kind: 'block' as const,
  lines,
  lineNumbers: lines.map((_, index) => index + 1),
  reason: 'the output block',
})

describe('withoutCountPadding', () => {
  it('drops the spaces before a count that starts the line', () => {
    expect(withoutCountPadding('   3 apple')).toBe('3 apple')
    expect(withoutCountPadding('      12 梨')).toBe('12 梨')
  })

  it('shrinks the spaces between counts side by side at the start, as wc prints them', () => {
    expect(withoutCountPadding('       2       5      24 notes.txt')).toBe('2 5 24 notes.txt')
    expect(withoutCountPadding('2  5 24 notes.txt')).toBe('2 5 24 notes.txt')
    expect(withoutCountPadding('      7      31')).toBe('7 31')
  })

  it('keeps every other space', () => {
    expect(withoutCountPadding('  indented text')).toBe('  indented text')
    expect(withoutCountPadding('   42')).toBe('   42')
    expect(withoutCountPadding('3   apple')).toBe('3   apple')
    expect(withoutCountPadding('2 5   apples and  pears')).toBe('2 5   apples and  pears')
  })
})

describe('compareOutput of a shell tool counts', () => {
  it('matches a count padded as another system pads it, for shell output only', () => {
    const want = documented(['   3 apple', '   1 pear'])
    const got = '      3 apple\n      1 pear\n'
    expect(compareOutput(want, got, { samplePath: '', countColumns: true }).ok).toBe(true)
    expect(compareOutput(want, got, { samplePath: '' }).ok).toBe(false)
  })

  it('still fails a different count', () => {
    const want = documented(['   3 apple'])
    expect(compareOutput(want, '      2 apple\n', { samplePath: '', countColumns: true }).ok).toBe(
      false,
    )
  })
})

describe('a carriage return as a terminal draws it', () => {
  it('goes back to the first column', () => {
    expect(terminalDisplay('line 1\r,xx')).toBe(',xxe 1')
  })

  it('matches output the post copied from the terminal, and no other', () => {
    const got = 'line 1\r,xx\nline 2\r,xx\n'
    expect(compareOutput(documented([',xxe 1', ',xxe 2']), got, { samplePath: '' }).ok).toBe(true)
    expect(compareOutput(documented([',xxe 1', ',xxe 3']), got, { samplePath: '' }).ok).toBe(false)
    expect(
      compareOutput(documented(['line 1', ',xx']), 'line 1\r\n,xx\n', { samplePath: '' }).ok,
    ).toBe(true)
  })
})
