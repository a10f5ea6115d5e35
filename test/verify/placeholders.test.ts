import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { matchesPlaceholders } from '../../src/verify/compare/placeholders.js'

describe('matchesPlaceholders', () => {
  it('lets a word holding a placeholder stand for the reader’s own word', () => {
    expect(matchesPlaceholders('Your home: /Users/<username>', 'Your home: /home/ada')).toBe(true)
    expect(matchesPlaceholders('主目录：/home/<你的用户名>', '主目录：/root')).toBe(true)
    expect(matchesPlaceholders('主目录：/home/<你的用户名>', '家目录：/root')).toBe(false)
    expect(matchesPlaceholders('Hello, <name>!', 'Hello, Ada!')).toBe(true)
  })

  it('keeps the rest of the line exact', () => {
    expect(matchesPlaceholders('Your home: /Users/<username>', 'Your home: nowhere land')).toBe(
      false,
    )
    expect(matchesPlaceholders('Your home: /Users/<username>', 'My home: /home/ada')).toBe(false)
  })

  it('does not take what Python prints in angle brackets for a placeholder', () => {
    expect(matchesPlaceholders("<class 'int'>", "<class 'str'>")).toBe(false)
    expect(matchesPlaceholders('<function f at 0x1>', '<function g at 0x1>')).toBe(false)
    expect(matchesPlaceholders('no placeholder', 'no placeholder')).toBe(false)
    expect(matchesPlaceholders('File "<stdin>", line 1', 'File "<stdin>", line 2')).toBe(false)
  })

  it('is how compareOutput reads a documented line', () => {
    const expected = {
      kind: 'comment' as const,
      lines: ['Your home: /Users/<username>'],
      lineNumbers: [7],
      reason: 'test',
    }
    const options = { samplePath: '/tmp/postdeck-sample-abc/sample.sh' }
    expect(compareOutput(expected, 'Your home: /home/ada\n', options).ok).toBe(true)
    expect(compareOutput(expected, 'Your home:\n', options).ok).toBe(false)
  })
})
