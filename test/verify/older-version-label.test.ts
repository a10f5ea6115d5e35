import { describe, expect, it } from 'vitest'
import { olderVersionLabelled } from '../../src/verify/read/versions/older-version.js'

describe('olderVersionLabelled', () => {
  it('reads the Python version before 3 a fence label names', () => {
    expect(olderVersionLabelled('python2')).toBe('2')
    expect(olderVersionLabelled('py2')).toBe('2')
    expect(olderVersionLabelled('python2.7')).toBe('2.7')
  })

  it('reads none in a label for Python 3 or for no version', () => {
    expect(olderVersionLabelled('python3')).toBeUndefined()
    expect(olderVersionLabelled('python')).toBeUndefined()
    expect(olderVersionLabelled('python-interactive')).toBeUndefined()
  })
})
