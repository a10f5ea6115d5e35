import { describe, expect, it } from 'vitest'
import { printedLineAt } from '../../src/verify/read/not-checkable/shown/printed-lines.js'

const atParenthesis = "sample.bash: line 4: syntax error near unexpected token `('"

describe('printedLineAt', () => {
  it.each([
    ['lsof columns', 'ruby    49753 ann   10u  IPv4 0xebc4      0t0  TCP localhost:4000 (LISTEN)'],
    [
      'a process line, its id first',
      '   51 ??         0:04.78 /usr/libexec/UserEventAgent (System)',
    ],
    ['a key aligned before its value', 'kMDItemContentTypeTree                 = ('],
    ['a label before its value', 'ffmpeg: stable 4.4 (bottled), HEAD'],
    ['a sentence going on after brackets', 'Updated 1 tap (homebrew/services).'],
    [
      'clauses in brackets',
      'Homebrew/homebrew-core (git revision 8c2de31; last commit 2021-09-23)',
    ],
    ['a Chinese label', '版本: 稳定版 4.4 (已编译), HEAD'],
    [
      'an error message after a version',
      'jekyll 3.3.0 | Error:  Address already in use - bind(2) for 127.0.0.1:4000',
    ],
  ])('reads %s as printed', (_name, text) => {
    expect(printedLineAt(atParenthesis, text)).toBe(true)
  })

  it.each([
    ['a misused bracket', 'echo (hello)'],
    ['an array with spaces around `=`', 'arr = (1 2 3)'],
    ['a function call of another language', 'greet(name)'],
    ['a Chinese command', '打印 (你好)'],
    ['a lowercase word before a colon', 'echo error: (x)'],
  ])('leaves %s a failure', (_name, text) => {
    expect(printedLineAt(atParenthesis, text)).toBe(false)
  })

  it('reads only where bash stopped at an unexpected token', () => {
    const text = 'ffmpeg: stable 4.4 (bottled), HEAD'
    expect(printedLineAt('sample.bash: line 1: unexpected EOF', text)).toBe(false)
  })
})
