import { describe, expect, it } from 'vitest'
import { olderSyntaxMessages } from '../../src/verify/compare/errors/older-syntax-messages.js'
import { stackLinesLeftOut } from '../../src/verify/compare/errors/stack-frames.js'

describe('olderSyntaxMessages', () => {
  it("writes a newer Python's wording of the documented syntax error as the documented line", () => {
    const step = olderSyntaxMessages(['SyntaxError: EOL while scanning string literal'])
    expect(step?.('SyntaxError: unterminated string literal (detected at line 2)', 'actual')).toBe(
      'SyntaxError: EOL while scanning string literal',
    )
    const indent = olderSyntaxMessages(['IndentationError: expected an indented block'])
    expect(
      indent?.(
        "IndentationError: expected an indented block after 'for' statement on line 1",
        'actual',
      ),
    ).toBe('IndentationError: expected an indented block')
  })

  it('leaves another error, another type and the documented side alone', () => {
    const step = olderSyntaxMessages(['SyntaxError: EOL while scanning string literal'])
    expect(step?.("SyntaxError: '(' was never closed", 'actual')).toBe(
      "SyntaxError: '(' was never closed",
    )
    const indent = olderSyntaxMessages(['SyntaxError: expected an indented block'])
    expect(
      indent?.(
        "IndentationError: expected an indented block after 'if' statement on line 1",
        'actual',
      ),
    ).toBe("IndentationError: expected an indented block after 'if' statement on line 1")
    expect(olderSyntaxMessages(["SyntaxError: '(' was never closed"])).toBeUndefined()
  })
})

describe('stackLinesLeftOut on syntax error reports', () => {
  const real = [
    '  File "<sample>", line 1',
    '    print("a"',
    '         ^',
    "SyntaxError: '(' was never closed",
  ]

  it('leaves out the quoted source and marker on both sides, the frame compared', () => {
    const shown = [
      '  File "<sample>", line 1',
      '    print ("a"',
      '               ^',
      'SyntaxError: x',
    ]
    expect(stackLinesLeftOut(shown, real)).toEqual({ expected: [1, 2], actual: [1, 2] })
  })

  it('leaves out the real frame, and the traceback header read above an error line shown alone', () => {
    const shown = ['Traceback (most recent call last):', 'SyntaxError: x']
    expect(stackLinesLeftOut(shown, real)).toEqual({ expected: [0], actual: [0, 1, 2] })
  })
})
