import { describe, expect, it } from 'vitest'
import { pastedTraceback } from '../../src/verify/read/outputs/pasted/pasted-traceback.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no Python runner')

describe('pastedTraceback', () => {
  it('reads a traceback pasted under the code as its output', () => {
    const code = [
      'print(1 / 0)',
      '',
      'Traceback (most recent call last):',
      '  File "main.py", line 1, in <module>',
      'ZeroDivisionError: division by zero',
    ].join('\n')
    const found = pastedTraceback(code, 10, python)
    expect(found?.code).toBe('print(1 / 0)\n\n\n\n')
    expect(found?.expected.lines).toEqual([
      'Traceback (most recent call last):',
      '  File "main.py", line 1, in <module>',
      'ZeroDivisionError: division by zero',
    ])
    expect(found?.expected.lineNumbers).toEqual([13, 14, 15])
  })

  it('leaves code that parses, a traceback without its error line, and other languages alone', () => {
    const inString = 'text = """\nTraceback (most recent call last):\nValueError: x\n"""'
    expect(pastedTraceback(inString, 1, python)).toBeUndefined()
    expect(
      pastedTraceback('f()\nTraceback (most recent call last):\n  File "a.py"', 1, python),
    ).toBeUndefined()
    const node = runnerFor('javascript')
    if (!node) throw new Error('no JavaScript runner')
    expect(
      pastedTraceback('f()\nTraceback (most recent call last):\nValueError: x', 1, node),
    ).toBeUndefined()
  })
})
