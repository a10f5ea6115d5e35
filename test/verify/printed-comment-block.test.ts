import { describe, expect, it } from 'vitest'
import { printedCommentBlock } from '../../src/verify/read/outputs/comments/printed-comment-block.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
const block = (code: string) =>
  python ? printedCommentBlock(code, 10, python)?.lines : ['no python runner']

describe('a comment block closing a program, after a blank line', () => {
  it('is its output when a line starts like a format string one of its prints prints', () => {
    const code = [
      'def w(f):',
      '    def inner(*a):',
      '        print("%s is running" % f.__name__)',
      '        print("call with {} {}".format(*a))',
      '    return inner',
      '',
      'w(len)(1, 2)',
      '',
      '# len is running',
      '# call with 1 2',
    ].join('\n')
    expect(block(code)).toEqual(['len is running', 'call with 1 2'])
  })

  it('is its output when each line shows a value, in a Python program printing at its top level', () => {
    const code = "r = [1]\nprint(r)\nprint(type(r))\n\n# [1]\n# <type 'list'>"
    expect(block(code)).toEqual(['[1]', "<type 'list'>"])
  })

  it('is not output when it holds words, or the program prints nothing at its top level', () => {
    expect(block('x = 3\nprint(x)\n\n# x is three\n# as we said')).toBeUndefined()
    expect(block('def f():\n    print(1)\n\n# [1]\n# [2]')).toBeUndefined()
    expect(block('x = "%s"\nprint(x)\n\n# anything at all\n# goes')).toBeUndefined()
  })
})
