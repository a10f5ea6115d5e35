import { describe, expect, it } from 'vitest'
import {
  ipythonToDoctest,
  isDoctestSession,
  isIpythonSession,
  sessionForDoctest,
} from '../../src/verify/read/transcripts/python-sessions.js'

describe('IPython sessions', () => {
  it('reads `In[1]:` written without the space as IPython’s `In [1]:`', () => {
    const session = 'In[1]: xs = [3, 4]\n\nIn[2]: next(iter(xs))\nOut[2]: 3\n'
    expect(isIpythonSession(session)).toBe(true)
    expect(ipythonToDoctest(session)).toBe('>>> xs = [3, 4]\n\n>>> next(iter(xs))\n3\n')
    expect(isIpythonSession('In [1]: 1 + 1\nOut[1]: 2')).toBe(true)
    expect(isIpythonSession('In the list: 1')).toBe(false)
  })

  it('continues an input at its prompt’s indent, whatever the `...:` alignment', () => {
    const session = 'In [1]: text = """a\n   ...: b"""\n\nIn [2]: text\nOut[2]: \'a\\nb\'\n'
    expect(ipythonToDoctest(session)).toBe('>>> text = """a\n... b"""\n\n>>> text\n\'a\\nb\'\n')
  })

  it('reads an `Out[n]:` that stands alone above its value as an empty line of the input', () => {
    const session = 'In [3]: rows\nOut[3]:\n[[1, 2],\n [3, 4]]\n'
    expect(ipythonToDoctest(session)).toBe(
      '>>> rows  # doctest: +NORMALIZE_WHITESPACE\n...\n[[1, 2],\n [3, 4]]\n',
    )
  })
})

describe('sessionForDoctest', () => {
  it("reads `>>>` on an indented line of a block's body as that line's `...` prompt", () => {
    expect(
      sessionForDoctest('>>> def f():\n>>>     yield 1\n>>>     yield 2\n>>> list(f())\n[1, 2]'),
    ).toBe('>>> def f():\n...     yield 1\n...     yield 2\n>>> list(f())\n[1, 2]')
    // An indented line at a prompt after a statement that opens no block stays as written.
    expect(sessionForDoctest('>>> x = 1\n>>>     x')).toBe('>>> x = 1\n>>>     x')
  })

  it('reads output printed without a newline, with the next empty prompt on its line', () => {
    const session = ">>> print('hi', end='')\nhi>>> \n>>> print('>>> ')\n>>> "
    expect(sessionForDoctest(session)).toBe(">>> print('hi', end='')\nhi\n>>> print('>>> ')\n>>> ")
    // Without `end=` the line is output as printed.
    expect(sessionForDoctest(">>> print('x>>> ')\nx>>> ")).toBe(">>> print('x>>> ')\nx>>> ")
  })

  it('reads a comment line between a silent statement and the next prompt as no output', () => {
    expect(sessionForDoctest('>>> l = [3, 3]\n# 去重\n>>> set(l)\n{3}')).toBe(
      '>>> l = [3, 3]\n\n>>> set(l)\n{3}',
    )
    // What a print shows, even a `#` line, stays output.
    expect(sessionForDoctest(">>> print('# x')\n# x\n>>> 1\n1")).toBe(
      ">>> print('# x')\n# x\n>>> 1\n1",
    )
  })
})

describe('sessions written as posts write them', () => {
  it('types definitions pasted above the first prompt at prompts, line for line', () => {
    const session = 'import math\n\ndef f(x):\n    y = x\n\n    return y\n\n>>> f(2)\n2'
    expect(sessionForDoctest(session)).toBe(
      '>>> import math\n\n>>> def f(x):\n...     y = x\n...\n...     return y\n\n>>> f(2)\n2',
    )
    // A bare expression above the prompts would echo its value: that is no setup.
    expect(sessionForDoctest('f\n>>> 1\n1')).toBe('f\n>>> 1\n1')
  })

  it('writes an IPython traceback as the one doctest reads, its error line last', () => {
    const session = [
      '>>> p.z = 5',
      '-----------------------------',
      'AttributeError                            Traceback (most recent call last)',
      '<ipython-input-1-0> in <module>()',
      '----> 1 p.z = 5',
      '',
      "AttributeError: 'P' object has no attribute 'z'",
    ].join('\n')
    expect(sessionForDoctest(session).split('\n')).toEqual([
      '>>> p.z = 5',
      'Traceback (most recent call last):',
      '  AttributeError                            Traceback (most recent call last)',
      '  <ipython-input-1-0> in <module>()',
      '  ----> 1 p.z = 5',
      '  |',
      "AttributeError: 'P' object has no attribute 'z'",
    ])
  })

  it('skips a result labelled for Python 2 and drops the label of a Python 3 one', () => {
    const session = ">>> f()\n'ac'   # python2\n>>> f()\n<filter object at 0x1>  # Python 3"
    expect(sessionForDoctest(session)).toBe(
      ">>> f()  # doctest: +SKIP\n'ac'   # python2\n>>> f()\n<filter object at 0x1>",
    )
  })
})

describe('sessions as IDLE and quick notes write them', () => {
  it('reads prompts written without their space as a session', () => {
    const session = '>>>a = [1, 2]\n>>>print(a)\n[1, 2]'
    expect(isDoctestSession(session)).toBe(true)
    expect(sessionForDoctest(session)).toBe('>>> a = [1, 2]\n>>> print(a)\n[1, 2]')
    // Shifts and comparisons are no prompts: `>>>=`, `>>>>`.
    expect(isDoctestSession('>>>= 2\n')).toBe(false)
    expect(isDoctestSession('>>>> 1\n')).toBe(false)
  })

  it('gives a body indented by a tab its `... ` and runs it at the blank line under it', () => {
    const session = '>>> for i in xs:\n\tprint(i)\n\n\t\n1\n2\n>>> len(xs)\n2'
    expect(sessionForDoctest(session)).toBe(
      '>>> for i in xs:\n... \tprint(i)\n...\n...\n1\n2\n>>> len(xs)\n2',
    )
    // A blank line right under the body, then the next prompt: the space between examples.
    expect(sessionForDoctest('>>> def f():\n    return 1\n\n>>> f()\n1')).toBe(
      '>>> def f():\n...     return 1\n\n>>> f()\n1',
    )
    // Explicit `... ` lines, then the blank line the author left for the empty `...`.
    expect(sessionForDoctest('>>> for i in xs:\n...     print(i)\n\n1')).toBe(
      '>>> for i in xs:\n...     print(i)\n...\n1',
    )
  })

  it('continues a decorator typed at a prompt with the definition under it, flush left', () => {
    const session =
      '>>> @shout\n@twice\ndef greet(name):\n\treturn name\n\n\t\n>>> greet("ann")\n\'ANN!ANN!\''
    expect(sessionForDoctest(session)).toBe(
      '>>> @shout\n... @twice\n... def greet(name):\n... \treturn name\n\n\t\n>>> greet("ann")\n\'ANN!ANN!\'',
    )
    // A one-line definition, then the blank line that runs it and its output.
    expect(sessionForDoctest('>>> @register\nclass Plugin: pass\n\nregistered Plugin')).toBe(
      '>>> @register\n... class Plugin: pass\n...\nregistered Plugin',
    )
    // Output under a decorator's call that only looks like code stays output.
    expect(sessionForDoctest('>>> @dec\ndef f(): pass\n>>> f\ndefinitely')).toBe(
      '>>> @dec\n... def f(): pass\n>>> f\ndefinitely',
    )
  })
})
