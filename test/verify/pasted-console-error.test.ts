import { describe, expect, it } from 'vitest'
import { pastedConsoleError } from '../../src/verify/read/outputs/pasted/pasted-console-error.js'
import { runnerFor } from '../../src/verify/runners.js'

const js = runnerFor('javascript')
const python = runnerFor('python')
if (!js || !python) throw new Error('runners missing')

describe('a browser console’s error pasted under the code', () => {
  it('becomes the comment claiming that error, its frames blank lines', () => {
    const code =
      'const o = {}\no.f()\nUncaught TypeError: o.f is not a function\n    at <anonymous>:1:3'
    expect(pastedConsoleError(code, js)).toBe(
      'const o = {}\no.f()\n// TypeError: o.f is not a function\n',
    )
  })

  it('leaves code that parses, other languages and a first line alone', () => {
    expect(pastedConsoleError("const s = 'x'\n// Uncaught TypeError: no", js)).toBeUndefined()
    expect(pastedConsoleError('f()\nUncaught TypeError: no\nmore code()', js)).toBeUndefined()
    expect(pastedConsoleError('Uncaught TypeError: no', js)).toBeUndefined()
    expect(pastedConsoleError('f()\nUncaught TypeError: no', python)).toBeUndefined()
  })
})
