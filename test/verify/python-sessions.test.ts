import { describe, expect, it } from 'vitest'
import {
  ipythonToDoctest,
  isIpythonSession,
} from '../../src/verify/read/outputs/python-sessions.js'

describe('IPython sessions', () => {
  it('reads `In[1]:` written without the space as IPython’s `In [1]:`', () => {
    const session = 'In[1]: xs = [3, 4]\n\nIn[2]: next(iter(xs))\nOut[2]: 3\n'
    expect(isIpythonSession(session)).toBe(true)
    expect(ipythonToDoctest(session)).toBe('>>> xs = [3, 4]\n\n>>> next(iter(xs))\n3\n')
    expect(isIpythonSession('In [1]: 1 + 1\nOut[1]: 2')).toBe(true)
    expect(isIpythonSession('In the list: 1')).toBe(false)
  })
})
