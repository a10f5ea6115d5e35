import { describe, expect, it } from 'vitest'
import { pythonInOtherFence } from '../../src/verify/read/python-in-other-fence.js'
import { runnerFor } from '../../src/verify/runners.js'

const javascript = runnerFor('javascript')
const shell = runnerFor('shell')
if (!javascript || !shell) throw new Error('runners missing')

describe('pythonInOtherFence', () => {
  it('reads a Python program under a JavaScript label as Python', () => {
    expect(pythonInOtherFence('import random\na = random.random()\nprint(a)', javascript)?.id).toBe(
      'python',
    )
    expect(pythonInOtherFence('from math import pi\nprint(pi)', javascript)?.id).toBe('python')
  })

  it('reads a Python program under a shell label as Python', () => {
    expect(pythonInOtherFence('line = "a b"\nprint(line.split())', shell)?.id).toBe('python')
  })

  it('leaves JavaScript, shell scripts and code parsing in neither to their label', () => {
    expect(pythonInOtherFence("import fs from 'fs'\nconsole.log(fs)", javascript)).toBeUndefined()
    expect(pythonInOtherFence('print("hi")', javascript)).toBeUndefined()
    expect(pythonInOtherFence('echo "print(1)"\nls -l', shell)).toBeUndefined()
    expect(pythonInOtherFence('import random\nlet a = {', javascript)).toBeUndefined()
  })
})
