import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { doctestDriver } from '../../src/verify/run/doctest-driver.js'

/** The doctest driver's report lines for a session (one object per example, then the count). */
function reports(session: string): { line?: number; ok?: boolean; unbound?: string }[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'postdeck-session-'))
  const driver = path.join(folder, 'driver.py')
  const sample = path.join(folder, 'session.txt')
  writeFileSync(driver, doctestDriver)
  writeFileSync(sample, session)
  return execFileSync('python3', [driver, sample], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { line?: number; ok?: boolean; unbound?: string })
}

/** The doctest driver's verdict on each example of a session: its line and whether it matched. */
function verdicts(session: string): [number | undefined, boolean | undefined][] {
  return reports(session)
    .filter((report) => report.line !== undefined)
    .map((report) => [report.line, report.ok])
}

describe('errors a tutorial session shows in its own way', () => {
  it('reads an indented `...` over an error line as the traceback left out, and checks the rest', () => {
    expect(
      verdicts(
        ">>> prefix = 'Py'\n>>> prefix 'thon'\n  ...\nSyntaxError: invalid syntax\n>>> prefix + 'thon'\n'Python'\n>>> prefix[0] = 'J'\n  ...\nTypeError: 'str' object does not support item assignment\n>>> len(prefix)\n3\n",
      ),
    ).toEqual([
      [0, true],
      [1, true],
      [4, true],
      [6, true],
      [9, false],
    ])
  })

  it('leaves the `...` under a `Traceback` header to doctest, as the frames left out', () => {
    expect(
      verdicts(
        ">>> d = {}\n>>> d['k']\nTraceback (most recent call last):\n  ...\nKeyError: 'k'\n>>> d['j']\nTraceback (most recent call last):\n  ...\nKeyError: 'k'\n",
      ),
    ).toEqual([
      [0, true],
      [1, true],
      [5, false],
    ])
  })

  it("takes a syntax error in an older Python's words as the error raised, not another error", () => {
    expect(
      verdicts(
        ">>> 'Let's go!'\nSyntaxError: invalid syntax\n>>> print(r'Let's go!')\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n>>> 1 +\nIndentationError: unexpected indent\n",
      ),
    ).toEqual([
      [0, true],
      [2, true],
      [4, false],
    ])
  })

  it('compares the last error of a chain of tracebacks with the one the example raised', () => {
    const chain = (last: string) =>
      `>>> try:\n...     1 / 0\n... except ZeroDivisionError:\n...     raise ValueError\n...\nTraceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "<stdin>", line 4, in <module>\n${last}\n`
    expect(verdicts(chain('ValueError'))).toEqual([[0, true]])
    expect(verdicts(chain('KeyError'))).toEqual([[0, false]])
  })
})

describe('what the reader saw printed', () => {
  it('compares a carriage return as the terminal showed it', () => {
    expect(
      verdicts(
        ">>> print('Hello\\rWorld!')\nWorld!\n>>> print('google runoob taobao\\r123456')\n123456 runoob taobao\n>>> print('ab\\rc')\nab\n",
      ),
    ).toEqual([
      [0, true],
      [2, true],
      [4, false],
    ])
  })

  it("reads Python 2's address without `0x` as an address", () => {
    expect(
      verdicts(
        '>>> def fib(n):\n...     pass\n...\n>>> fib\n<function fib at 10042ed0>\n>>> fib\n<function fob at 10042ed0>\n',
      ),
    ).toEqual([
      [0, true],
      [3, true],
      [5, false],
    ])
  })
})

describe('warnings a session shows', () => {
  it('compares the warning an example shows as the REPL printed it, and leaves others out', () => {
    expect(
      verdicts(
        '>>> from warnings import warn\n>>> warn("I\'ve got a bad feeling about this.")\n<stdin>:1: UserWarning: I\'ve got a bad feeling about this.\n>>> warn("again, elsewhere")\n>>> 1 + 1\n2\n>>> warn("not this one")\n<stdin>:1: UserWarning: another one\n',
      ),
    ).toEqual([
      [0, true],
      [1, true],
      [3, true],
      [4, true],
      [6, false],
    ])
  })
})

describe('an error shown for a name the page never binds', () => {
  it('reports the name as setup not on the page, not the error shown', () => {
    const [first] = reports(
      ">>> word[0] = 'J'\n  ...\nTypeError: 'str' object does not support item assignment\n",
    )
    expect(first).toMatchObject({ line: 0, ok: false, unbound: 'word' })
    const [second] = reports('>>> math.floor(2.5)\nTypeError: oops\n')
    expect(second?.unbound).toBeUndefined()
  })
})
