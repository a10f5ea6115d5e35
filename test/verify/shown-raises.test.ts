import { describe, expect, it } from 'vitest'
import { shownRaise } from '../../src/verify/read/error-claims/shown-raises.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no python runner')

describe('shownRaise', () => {
  it('reads a top-level raise as the exception the sample shows on purpose', () => {
    expect(shownRaise("raise NameError('HiThere')", python)).toEqual({
      name: 'NameError',
      line: 1,
      through: 1,
    })
    expect(shownRaise('# 抛出异常\nraise ValueError  # 简写', python)).toEqual({
      name: 'ValueError',
      line: 2,
      through: 2,
    })
    expect(shownRaise('import errors\nraise errors.AppError("x")', python)?.name).toBe('AppError')
  })

  it('reads a try whose handler re-raises what its body raises', () => {
    const code =
      "try:\n    raise NameError('HiThere')\nexcept NameError:\n    print('飞过')\n    raise"
    expect(shownRaise(code, python)).toEqual({ name: 'NameError', line: 2, through: 5 })
  })

  it('leaves raises inside functions and conditions, handlers that do not re-raise, other languages', () => {
    expect(shownRaise('def f():\n    raise ValueError("x")', python)).toBeUndefined()
    expect(shownRaise('if x < 0:\n    raise ValueError("x")', python)).toBeUndefined()
    const handled = "try:\n    raise NameError('a')\nexcept NameError:\n    print('handled')"
    expect(shownRaise(handled, python)).toBeUndefined()
    const other = "try:\n    raise KeyError('a')\nexcept NameError:\n    raise"
    expect(shownRaise(other, python)).toBeUndefined()
    const js = runnerFor('js')
    if (js) expect(shownRaise('raise Error', js)).toBeUndefined()
  })

  it("reads a function's handler raising again what it caught, called by the last line", () => {
    const code = [
      'def foo(s):',
      '    if s == 0:',
      "        raise ValueError('zero')",
      'def bar():',
      '    try:',
      '        foo(0)',
      '    except ValueError as e:',
      "        print('ValueError!')",
      '        raise',
      '',
      'bar()',
    ].join('\n')
    expect(shownRaise(code, python)).toEqual({ name: 'ValueError', line: 3, through: 3 })
    // Caught and not raised again, or no call at the end: nothing is raised on purpose.
    expect(shownRaise(code.replace('        raise\n', '        pass\n'), python)).toBeUndefined()
    expect(shownRaise(code.replace('\nbar()', ''), python)).toBeUndefined()
  })
})
