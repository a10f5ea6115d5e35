import { describe, expect, it } from 'vitest'
import { pythonNotationLineAt } from '../../src/verify/read/not-checkable/shown/python-notation-lines.js'
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

  it('reads a def with optional parameters in brackets, and a clause under `...`, as notation', () => {
    expect(
      pythonNotationLineAt(
        sample('def functionname([formal_args,] **var_args_dict ):\n  pass'),
        syntaxError,
        1,
      ),
    ).toContain('optional parameters in brackets')
    const template = 'try:\n    block\nexcept E1:\n    block\n...\nelse:     # optional\n    block'
    expect(pythonNotationLineAt(sample(template), syntaxError, 6)).toContain('clauses left out')
  })

  it('reads a decorator ending the sample as a quotation, one over nothing in the middle as an error', () => {
    const admin = 'admin.site.register(Grades, GradesAdmin)\n\n@admin.register(Students)\n'
    expect(pythonNotationLineAt(sample(admin), syntaxError, 3)).toContain('a decorator shown')
    expect(pythonNotationLineAt(sample('@cache\nx = 1\n'), syntaxError, 2)).toBeUndefined()
  })

  it('reads a call with annotated parameters as a signature, a call passing a value as an error', () => {
    const date = 'datetime.date(year: int, month: int, day: int)'
    expect(pythonNotationLineAt(sample(date), syntaxError, 1)).toContain('annotated parameters')
    const sampled = 'import random\nrandom.sample(population, k: int = 1)'
    expect(pythonNotationLineAt(sample(sampled), syntaxError, 2)).toContain('annotated parameters')
    expect(pythonNotationLineAt(sample('date(2022, month: 12)'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('print(year: int)'), syntaxError, 1)).toBeUndefined()
  })

  it('leaves a list in a default value, and an else under code, to fail', () => {
    expect(pythonNotationLineAt(sample('def f(a=[1, 2] b):'), syntaxError, 1)).toBeUndefined()
    const dangling = 'x = 1\nprint(x)\nelse:\n    pass'
    expect(pythonNotationLineAt(sample(dangling), syntaxError, 3)).toBeUndefined()
  })

  it('leaves names in Han script and genuine errors to fail', () => {
    expect(pythonNotationLineAt(sample('if 结果 == 1'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('for 项 in 列表'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('print("等价于 x")  x'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('x = (1, 2'), syntaxError, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('**{"key": 1}'), syntaxError, 2)).toBeUndefined()
  })

  it('reads an equation written as an assignment as notation', () => {
    const call =
      "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
    const expression =
      "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"
    expect(
      pythonNotationLineAt(
        sample('reduce(f, [x1, x2, x3, x4]) = f(f(f(x1, x2), x3), x4)'),
        call,
        1,
      ),
    ).toContain('an equation written as an assignment')
    expect(pythonNotationLineAt(sample('float(16) = 16.0'), call, 1)).toContain('an equation')
    expect(pythonNotationLineAt(sample('2 ** 10 = 1024'), expression, 1)).toContain('an equation')
    // A header, a chain or a name on the left is a real mistake.
    expect(pythonNotationLineAt(sample('if f(x) = 1:'), call, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('a = f() = 1'), call, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('f(x) ='), call, 1)).toBeUndefined()
    expect(pythonNotationLineAt(sample('float(16) = 16.0'), syntaxError, 1)).toBeUndefined()
  })
})
