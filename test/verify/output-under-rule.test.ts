import { describe, expect, it } from 'vitest'
import { outputUnderRule } from '../../src/verify/read/outputs/pasted/output-under-rule.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
const javascript = runnerFor('javascript')
if (!python || !javascript) throw new Error('no runner')

describe('outputUnderRule', () => {
  it('reads the lines under a rule after the code as its output, the rule and they made blank', () => {
    const read = outputUnderRule(
      'x = [1]\nprint(x[3])\n--------\nIndexError: list index out of range',
      10,
      python,
    )
    expect(read?.code).toBe('x = [1]\nprint(x[3])\n\n')
    expect(read?.expected.lines).toEqual(['IndexError: list index out of range'])
    expect(read?.expected.lineNumbers).toEqual([14])
    expect(
      outputUnderRule("print({'a': 1}['b'])\n=======\nKeyError: 'b'", 1, python)?.expected.lines,
    ).toEqual(["KeyError: 'b'"])
    expect(
      outputUnderRule('console.log(1 + 1)\n-----\n2 apples', 1, javascript)?.expected.lines,
    ).toEqual(['2 apples'])
  })

  it('leaves a rule between two parts of code, a sample that parses, and a rule with nothing under it', () => {
    expect(outputUnderRule('a = 1\n-----\nprint(a)', 1, python)).toBeUndefined()
    expect(outputUnderRule('print(1)\n# -----\n# 1', 1, python)).toBeUndefined()
    expect(outputUnderRule('print(1)\n-----\n', 1, python)).toBeUndefined()
    expect(outputUnderRule('-----\nprint(1)', 1, python)).toBeUndefined()
  })
})
