import { describe, expect, it } from 'vitest'
import {
  isPrintedBy,
  isTraceback,
  looksPrintedBy,
} from '../../src/verify/read/outputs/fences/printed-fence.js'

describe('fences whose lines a sample prints', () => {
  const code =
    'def f():\n    print("Printing from the parent function.")\n    print(f"{n} 个结果：全部都完成了")\n'

  it('reads every line printed by the sample as its output, whatever labels the fence', () => {
    expect(
      isPrintedBy('Printing from the parent function.\n3 个结果：全部都完成了\n', { code }),
    ).toBe(true)
    expect(isPrintedBy('Printing from the parent function\n', { code })).toBe(true)
    expect(isPrintedBy('<function f at 0x1004a8c08>\n', { code })).toBe(true)
  })

  it('leaves code that prints the same text, and lines the sample never prints, as code', () => {
    expect(isPrintedBy('print("Printing from the parent function.")', { code })).toBe(false)
    expect(isPrintedBy('Printing from the parent function.\nls -l\n', { code })).toBe(false)
    expect(isPrintedBy('', { code })).toBe(false)
    const perl = "perl -ne 'print lc'"
    expect(isPrintedBy(`perl -CSA -ne 'use utf8; print lc'`, { code: perl })).toBe(false)
  })

  it('reads a whole traceback, or a help text whose first line the sample documents, loosely', () => {
    const traceback = 'Traceback (most recent call last):\nFile "a.py", line 1\nf()\nNameError: x\n'
    expect(isTraceback(traceback.split('\n'))).toBe(true)
    expect(isPrintedBy(traceback, { code })).toBe(false)
    expect(looksPrintedBy(traceback, { code })).toBe(true)
    const help = 'usage: cmd.py [-h] num\n\npositional arguments:\n  num   a number to add up'
    const printer = {
      code: '',
      files: { 'cmd.py': "p.add_argument('num', help='a number to add up')" },
      documented: ['usage: cmd.py [-h] num'],
    }
    expect(looksPrintedBy(help, printer)).toBe(true)
    expect(looksPrintedBy('positional arguments:\nusage: cmd.py [-h] num', printer)).toBe(false)
  })
})
