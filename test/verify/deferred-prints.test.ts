import { describe, expect, it } from 'vitest'
import { deferredLines } from '../../src/verify/compare/comments/deferred-prints.js'

describe('deferredLines', () => {
  it('finds prints after an await in an async function', () => {
    const code = [
      'var b = async () => {',
      "  console.log('before')",
      '  await 10',
      "  console.log('after')",
      '}',
      'b()',
      "console.log('sync')",
    ]
    expect([...deferredLines(code)]).toEqual([4])
  })

  it('finds prints inside timer and promise callbacks, not in a Promise executor', () => {
    const code = [
      'setTimeout(() => {',
      '  console.log(1)',
      '}, 0)',
      'new Promise((resolve) => {',
      '  console.log(2)',
      '  resolve()',
      '}).then(() => console.log(3))',
      'console.log(4)',
    ]
    expect([...deferredLines(code)]).toEqual([2, 7])
  })
})
