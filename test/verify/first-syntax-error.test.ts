import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { firstSyntaxError } from '../../src/verify/run/first-syntax-error.js'

/** The `line:message` of the first syntax error Python meets in `source`, or `''`. */
function firstError(source: string): string {
  const script = `import sys\n${firstSyntaxError}\nerror = first_syntax_error(sys.argv[1], "<sample>")\nprint("" if error is None else f"{error.lineno}:{error.msg}")`
  return execFileSync('python3', ['-S', '-c', script, source], { encoding: 'utf8' }).trim()
}

describe('first_syntax_error', () => {
  it('reports a missing colon above a full-width comma, which CPython reports first', () => {
    const source = "with open('t.txt', 'w') as f\n    print(1)\nprint('x'，flush=True)\n"
    expect(firstError(source)).toBe("1:expected ':'")
  })

  it('reports the full-width comma when nothing above it is wrong, and nothing in good code', () => {
    expect(firstError("print(1)\nprint('x'，flush=True)\n")).toMatch(/^2:invalid character '，'/)
    expect(firstError('print(1)\n')).toBe('')
  })
})
