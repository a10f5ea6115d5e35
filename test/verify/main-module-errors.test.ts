import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { withoutMainModule } from '../../src/verify/compare/errors/exception-module.js'

describe("a script's own exception, named with its module by Pythons before 3.11", () => {
  it('is the exception line without `__main__.`', () => {
    expect(withoutMainModule('__main__.FooError: invalid value: 0')).toBe(
      'FooError: invalid value: 0',
    )
    expect(withoutMainModule('__main__.Done')).toBe('Done')
    expect(withoutMainModule('logic.FooError: x')).toBe('logic.FooError: x')
    expect(withoutMainModule('print(__main__.x)')).toBe('print(__main__.x)')
  })

  it('matches the traceback Python 3.11 prints, and the message is still compared', () => {
    const documented = (message: string) => ({
      kind: 'block' as const,
      lines: [
        'Traceback (most recent call last):',
        '  File "e.py", line 3, in <module>',
        `__main__.FooError: ${message}`,
      ],
      lineNumbers: [10, 11, 12],
      reason: 'test',
    })
    const real =
      'Traceback (most recent call last):\n  File "<sample>", line 3, in <module>\n    raise FooError("x")\nFooError: x\n'
    const options = { samplePath: '/tmp/sample.py' }
    expect(compareOutput(documented('x'), real, options).ok).toBe(true)
    expect(compareOutput(documented('y'), real, options).ok).toBe(false)
  })
})
