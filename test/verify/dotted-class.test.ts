import { describe, expect, it } from 'vitest'
import { pythonNotationAt } from '../../src/verify/read/not-checkable/shown/python-notation.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no python runner')
const sample = (code: string): Sample => ({ code, line: 10, runner: python }) as unknown as Sample
const syntaxError = '1:SyntaxError: invalid syntax\n'

describe('a class under a dotted name', () => {
  it('is a reference heading its entry, notation', () => {
    expect(pythonNotationAt(sample('class logging.Filter()'), syntaxError, 1)).toContain(
      'a class named by its module',
    )
    expect(pythonNotationAt(sample('class collections.OrderedDict:'), syntaxError, 1)).toContain(
      '`class collections.OrderedDict`',
    )
  })

  it('is not a class header missing its colon', () => {
    expect(pythonNotationAt(sample('class Filter()'), syntaxError, 1)).toBeUndefined()
  })
})
