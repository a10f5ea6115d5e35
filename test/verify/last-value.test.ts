import { describe, expect, it } from 'vitest'
import type { DocumentedOutput } from '../../src/verify/read/outputs/documented-output.js'
import { lastValueShown } from '../../src/verify/read/outputs/fences/last-value.js'
import { runnerFor } from '../../src/verify/runners.js'

const block: DocumentedOutput = {
  kind: 'block',
  lines: ["['1', '2']"],
  lineNumbers: [10],
  reason: 'the output block at line 9',
}
const python = runnerFor('python')
const javascript = runnerFor('js')
if (!python || !javascript) throw new Error('no runner')

describe('the output fence after a notebook cell', () => {
  it('is the value of the expression ending a sample that writes nothing', () => {
    const read = lastValueShown(block, "import re\nre.findall(r'\\d', 'a1b2')", python)
    expect(read?.kind).toBe('statements')
    expect(read?.parts).toEqual([
      { from: 2, to: 2, value: true, lines: ["['1', '2']"], lineNumbers: [10] },
    ])
    const commented = lastValueShown(block, 'a = [1, 2]\n# print(a)\n[str(n) for n in a]', python)
    expect(commented?.parts?.[0]?.from).toBe(3)
    expect(lastValueShown(block, "const a = ['1', '2']\na", javascript)?.kind).toBe('statements')
  })

  it('stays the output of a sample that prints, or ends with no value', () => {
    expect(lastValueShown(block, "x = ['1', '2']\nprint(x)\nx", python)).toBeUndefined()
    expect(lastValueShown(block, "x = ['1', '2']", python)).toBeUndefined()
    expect(lastValueShown(block, "console.log('a')\n1", javascript)).toBeUndefined()
    expect(lastValueShown({ ...block, kind: 'comment' }, "['1']", python)).toBeUndefined()
    expect(lastValueShown(block, "process.emitWarning('旧接口')", javascript)).toBeUndefined()
  })

  it('stays the error an expression raises, as its traceback shows it', () => {
    const traceback: DocumentedOutput = {
      ...block,
      lines: ['Traceback (most recent call last):', '  File "a.py", line 1', 'ValueError: bad'],
      lineNumbers: [10, 11, 12],
    }
    expect(lastValueShown(traceback, 'int("ten")', python)).toBeUndefined()
    const thrown = { ...block, lines: ['Uncaught TypeError: x is not a function'] }
    expect(lastValueShown(thrown, 'x()', javascript)).toBeUndefined()
  })
})
