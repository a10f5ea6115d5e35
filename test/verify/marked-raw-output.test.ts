import { describe, expect, it } from 'vitest'
import { markedRawOutput } from '../../src/verify/read/outputs/pasted/marked-raw-output.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no runner')

describe('output pasted under a framed marker', () => {
  it('is the output of the code above, blank lines after the marker left out', () => {
    const code = "print('a b')\n\n########## 输出 ##########\n\na b"
    const read = markedRawOutput(code, 1, python)
    expect(read?.expected.lines).toEqual(['a b'])
    expect(read?.expected.lineNumbers).toEqual([6])
    expect(read?.code).toBe("print('a b')\n\n########## 输出 ##########\n\n")
    expect(
      markedRawOutput("print('a b')\n# ---- output ----\na b", 1, python)?.expected.lines,
    ).toEqual(['a b'])
  })

  it('is not one output under several markers, nor a pasted traceback', () => {
    const two = "print('a b')\n# ---- output ----\na b\nprint('c d')\n# ---- output ----\nc d"
    expect(markedRawOutput(two, 1, python)).toBeUndefined()
    const traceback =
      "print('a b')\nx\n########## 输出 ##########\na b\n-----------------------------\nNameError    Traceback (most recent call last)"
    expect(markedRawOutput(traceback, 1, python)).toBeUndefined()
  })
})
