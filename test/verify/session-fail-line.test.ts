import { describe, expect, it } from 'vitest'
import type { DiffLine } from '../../src/verify/compare/compare-output.js'
import { sessionFailLine, syntaxErrorLine } from '../../src/verify/judge/session-fail-line.js'

/** An example's documented lines from post line `from`, against what it printed. */
function diff(want: string[], got: string[], from = 10): DiffLine[] {
  return [
    ...want.map((text, offset) => ({ kind: 'expected' as const, text, line: from + offset })),
    ...got.map((text) => ({ kind: 'actual' as const, text })),
  ]
}

describe('sessionFailLine', () => {
  it('points at the first documented output line that differs', () => {
    expect(sessionFailLine(diff(['3', '1', '2'], ['3', '1', '5']))).toBe(12)
    expect(sessionFailLine(diff(['a', 'b'], ['a']))).toBe(11)
    expect(sessionFailLine(diff(['a'], ['a', 'b']))).toBe(10)
  })

  it("matches doctest's `...` within a line and across lines", () => {
    expect(sessionFailLine(diff(['<x at ...>', 'two', 'three'], ['<x at 0x1>', 'two', '3']))).toBe(
      12,
    )
    expect(sessionFailLine(diff(['first', '...', 'last'], ['first', 'a', 'b', 'lost']))).toBe(12)
  })

  it('matches output laid out otherwise with its white space left out', () => {
    const want = ["['one',", " 'two',", " 'three']"]
    expect(sessionFailLine(diff(want, ["['one', 'two', 'tree']"]))).toBe(12)
    expect(sessionFailLine(diff(want, ["['one', 'two']"]))).toBe(12)
  })

  it('points at the documented error line when both show a traceback', () => {
    const want = ['Traceback (most recent call last):', '  File "<stdin>", line 1', 'Stock: 5 left']
    const got = ['Traceback (most recent call last):', "TypeError: '>' not supported"]
    expect(sessionFailLine(diff(want, got))).toBe(12)
    const printed = ['got: moon', ...want]
    expect(sessionFailLine(diff(printed, ['got: sun', ...got]))).toBe(10)
    expect(sessionFailLine(diff(printed, ['got: moon', ...got]))).toBe(13)
  })

  it('leaves the prompt when nothing was documented or it raised where no error is shown', () => {
    expect(sessionFailLine(diff([''], ['42']))).toBeUndefined()
    const raised = [
      'Traceback (most recent call last):',
      '  File "<stdin>", line 1',
      'NameError: x',
    ]
    expect(sessionFailLine(diff(['42'], raised))).toBeUndefined()
  })
})

describe('syntaxErrorLine', () => {
  it('is the line of the example a syntax error names', () => {
    const got =
      'Traceback (most recent call last):\n  File "<doctest sample[0]>", line 2\n    print(f"{i = })\n          ^\nSyntaxError: unterminated string literal (detected at line 2)\n'
    expect(syntaxErrorLine(got)).toBe(2)
    expect(syntaxErrorLine(got.replace('SyntaxError', 'IndentationError'))).toBe(2)
  })

  it('is none for another error, reported at the prompt', () => {
    const got =
      'Traceback (most recent call last):\n  File "<doctest sample[0]>", line 2, in <module>\nNameError: name \'名字\' is not defined\n'
    expect(syntaxErrorLine(got)).toBeUndefined()
    expect(syntaxErrorLine(undefined)).toBeUndefined()
  })
})
