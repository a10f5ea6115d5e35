import { describe, expect, it } from 'vitest'
import { commentsInPrintOrder } from '../../src/verify/compare/comments/comments-in-print-order.js'
import type { OutputPart } from '../../src/verify/read/outputs/documented-output.js'

const part = (from: number, lines: string[], extra: Partial<OutputPart> = {}): OutputPart => ({
  from,
  to: from,
  value: false,
  inline: true,
  lines,
  lineNumbers: [from + 10],
  ...extra,
})
const options = { samplePath: '' }

describe('value comments read in print order', () => {
  const code = ['n = 1  # [int]', 's = "a"  # [str]', 'show(n, s)']
  const parts = [part(1, ['[int]']), part(2, ['[str]'])]

  it('compares the comments, in order, with what the program printed', () => {
    const output = "1\n'a'\n[int]\n[str]\n"
    expect(commentsInPrintOrder(parts, code, output, ['1\n', "'a'\n"], options)).toBe(true)
    const wrong = "1\n'a'\n[int]\n[bytes]\n"
    expect(commentsInPrintOrder(parts, code, wrong, ['1\n', "'a'\n"], options)).toBe(false)
  })

  it('keeps what a printing statement showed, and leaves out comments in words', () => {
    const lines = ['f = make(2)  # 14', 'print(f(7))', '# another way', 'print(make(3)(5))  # 15']
    const shown = [
      part(1, ['14'], { shows: 'f', value: true }),
      part(2, ['another way'], { inline: false, loose: true }),
      part(4, ['15']),
    ]
    const output = '<function>\n14\n15\n'
    expect(
      commentsInPrintOrder(shown, lines, output, ['<function>\n', '14\n', '15\n'], options),
    ).toBe(true)
  })

  it('is no reading when no comment sits on an assignment', () => {
    // Each call's comment is its own output: `first()` printing nothing is a difference.
    const calls = ['first()  # 1', 'second()  # 2']
    const printed = [part(1, ['1']), part(2, ['2'])]
    expect(commentsInPrintOrder(printed, calls, '1\n2\n', ['', '1\n2\n'], options)).toBe(false)
  })
})
