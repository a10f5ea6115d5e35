import { describe, expect, it } from 'vitest'
import { setAsideWarnings, showsWarning } from '../../src/verify/compare/errors/warnings.js'

describe('warnings beside the output', () => {
  it("takes out Python's warnings with the source line under them", () => {
    const output = [
      '/tmp/x/sample.py:1: SyntaxWarning: "is" with a literal. Did you mean "=="?',
      '  print(n is 0)',
      'True',
      '/tmp/x/lib.py:9: urllib3.exceptions.InsecureRequestWarning: unverified',
      'done',
    ].join('\n')
    expect(setAsideWarnings(output)).toEqual({
      output: 'True\ndone',
      warnings: [
        'SyntaxWarning: "is" with a literal. Did you mean "=="?',
        'urllib3.exceptions.InsecureRequestWarning: unverified',
      ],
    })
  })

  it("takes out Node's process warnings with their hint line", () => {
    const output = [
      'called',
      '(node:4242) TimeoutOverflowWarning: 1e+100 does not fit into a 32-bit signed integer.',
      '(Use `node --trace-warnings ...` to show where the warning was created)',
      '(node:4242) [DEP0005] DeprecationWarning: Buffer() is deprecated',
    ].join('\n')
    expect(setAsideWarnings(output)).toEqual({
      output: 'called',
      warnings: [
        'TimeoutOverflowWarning: 1e+100 does not fit into a 32-bit signed integer.',
        'DeprecationWarning: Buffer() is deprecated',
      ],
    })
  })

  it('keeps lines that only look alike: an error, a printed warning without a place', () => {
    const output = 'Warning: low disk\nsample.py:3: error: bad\nValueError: no'
    expect(setAsideWarnings(output)).toEqual({ output, warnings: [] })
  })

  it('tells when a documented output shows a warning', () => {
    expect(showsWarning(['prog.py:2: DeprecationWarning: old', 'done'])).toBe(true)
    expect(showsWarning(['[0, 3, 6]'])).toBe(false)
  })
})
