import { describe, expect, it } from 'vitest'
import { pythonNotationLineAt } from '../../src/verify/read/not-checkable/python-notation-lines.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no python runner')
const sample = (code: string): Sample => ({ code, line: 10, runner: python }) as unknown as Sample
const syntaxError = '1:SyntaxError: invalid syntax\n'

describe('pythonNotationLineAt', () => {
  it('reads an unpacking shown alone as notation', () => {
    expect(pythonNotationLineAt(sample('**{"key": 1}'), syntaxError, 1)).toContain(
      'an unpacking shown alone',
    )
  })

  it('reads a line drawn under a signature as notation', () => {
    const code = 'def f(a, /, b):\n      -    ---'
    expect(pythonNotationLineAt(sample(code), syntaxError, 2)).toContain('a line drawn')
  })

  it('reads words in Han script set among the code as prose', () => {
    const code = 'for i in titles:    等价于  yield from titles\n    yield i'
    expect(pythonNotationLineAt(sample(code), syntaxError, 1)).toContain('`等价于`')
  })

  it('leaves names in Han script and genuine errors to fail', () => {
    expect(pythonNotationLineAt(sample('if 结果 == 1'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('for 项 in 列表'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('print("等价于 x")  x'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('x = (1, 2'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('**{"key": 1}'), syntaxError, 2)).toBeUndefined()
  })
})
