import { describe, expect, it } from 'vitest'
import { documentedError } from '../../src/verify/read/error-claims/error-comments.js'
import { inUncalledFunction } from '../../src/verify/read/error-claims/function-body-comments.js'
import { runnerFor } from '../../src/verify/runners.js'

const javascript = runnerFor('javascript')
if (!javascript) throw new Error('no JavaScript runner')

describe('a claim inside a function nothing calls', () => {
  const declared = [
    'function foo() {',
    '    var x = 1;',
    '    var z = y + 1; // ReferenceError! foo cannot read y',
    '}',
  ]

  it('stands in an uncalled function when the name appears in no other code', () => {
    expect(inUncalledFunction(declared, 2)).toBe(true)
    expect(inUncalledFunction([...declared, 'foo();'], 2)).toBe(false)
    expect(inUncalledFunction([...declared, 'setTimeout(foo, 10);'], 2)).toBe(false)
    expect(inUncalledFunction([...declared, '// foo is never called'], 2)).toBe(true)
    expect(inUncalledFunction(['var z = y + 1; // ReferenceError'], 0)).toBe(false)
  })

  it('claims nothing the run can check when it names an error a run raises', () => {
    expect(documentedError(declared.join('\n'), 1, javascript)).toBeUndefined()
    expect(documentedError([...declared, 'foo();'].join('\n'), 1, javascript)?.line).toBe(3)
    const syntax = ['function foo() {', '    let let = 1; // SyntaxError', '}']
    expect(documentedError(syntax.join('\n'), 1, javascript)?.name).toBe('SyntaxError')
    // An unnamed claim may be an early error, raised at parse time: `this = {}; // so it throws`.
    const early = ['function reset() {', '  this = {}; // assigning to this, so it throws', '}']
    expect(documentedError(early.join('\n'), 1, javascript)?.line).toBe(2)
  })
})
