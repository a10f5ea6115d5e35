import { describe, expect, it } from 'vitest'
import { sampleNames } from '../../src/verify/read/sample-names.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
const bash = runnerFor('bash')
if (!python || !bash) throw new Error('runners missing')

describe('sampleNames', () => {
  it('does not take an annotation without a value for a binding', () => {
    expect([...sampleNames(python, 'x: int\ny: int = 3\n').defines]).toEqual(['y'])
    // A pasted traceback's last line reads like an annotation.
    const console = "Enter a number: lol\nValueError: invalid literal for int() with base 10: 'lol'"
    expect(sampleNames(python, console).defines.has('ValueError')).toBe(false)
  })

  it('takes an assignment to an element of a shell array for defining the array', () => {
    const names = sampleNames(bash, 'fruits[0]=Apple\nfruits[1]="Desert fig"\nlist+=(a)\n')
    expect([...names.defines].sort()).toEqual(['fruits', 'list'])
  })
})
