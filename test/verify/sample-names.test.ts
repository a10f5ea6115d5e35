import { describe, expect, it } from 'vitest'
import { sampleNames } from '../../src/verify/read/sample-names.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
const bash = runnerFor('bash')
const javascript = runnerFor('javascript')
if (!python || !bash || !javascript) throw new Error('runners missing')

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

  it('takes no use of a name from a statement that does not parse', () => {
    // The grammar recovers from `{a: 'b', c: 'd'}` as the label `a` and the expression `'b', c`.
    const console = "{a: 'b'}{c: 'd'}{}; // -> 'd'\n{a: 'b', c: 'd'}{}; // > SyntaxError\nlog(x);\n"
    const names = sampleNames(javascript, console)
    expect([...names.uses].sort()).toEqual(['log', 'x'])
    const pseudo = sampleNames(python, 'total = price *\nprint(total, tax)\n')
    expect([...pseudo.uses].sort()).toEqual(['print', 'tax'])
    expect(pseudo.uses.has('price')).toBe(false)
  })
})
