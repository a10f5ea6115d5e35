import { describe, expect, it } from 'vitest'
import { stackLinesLeftOut } from '../../src/verify/compare/errors/stack-frames.js'

const printed = [
  'checking',
  'Traceback (most recent call last):',
  '  File "<sample>", line 2, in <module>',
  '    subprocess.run(["false"], check=True)',
  '  File "/usr/lib/python3.11/subprocess.py", line 571, in run',
  '    raise CalledProcessError(retcode, process.args,',
  "subprocess.CalledProcessError: Command '['false']' returned non-zero exit status 1.",
]

describe('an exception shown by its last line alone', () => {
  it('leaves out the header and stack of the traceback ending with that line', () => {
    const shown = [
      'checking',
      "subprocess.CalledProcessError: Command '['false']' returned non-zero exit status 1.",
    ]
    expect(stackLinesLeftOut(shown, printed).actual).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps the traceback when the line shown is another exception or message', () => {
    const stale = [
      "subprocess.CalledProcessError: Command 'false' returned non-zero exit status 1.",
    ]
    expect(stackLinesLeftOut(stale, printed).actual).toEqual([])
    expect(stackLinesLeftOut(['ValueError: bad'], printed).actual).toEqual([])
    // Output that is not an exception's line leaves the traceback to differ.
    expect(stackLinesLeftOut(['checking'], printed).actual).toEqual([])
  })
})
