import { describe, expect, it } from 'vitest'
import {
  commentsAsPrinted,
  deferredLines,
} from '../../src/verify/compare/comments/deferred-prints.js'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { runnerFor } from '../../src/verify/runners.js'

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

describe("a promise reaction's comment", () => {
  const code = [
    "const done = (ok) => (ok ? Promise.resolve('done!') : Promise.reject('failed!'))",
    'done(true)',
    "  .then((res) => console.log(res)) // 'done!'",
    'done(false)',
    '  .then((res) => console.log(res)) // not called',
    "  .catch((err) => console.log(err)) // called with the reason, 'failed!'",
  ]
  const runner = runnerFor('js')
  if (!runner) throw new Error('no runner for js')
  const parts = statementOutputs(code.join('\n'), 0, runner)?.parts ?? []

  it('documents what the reaction prints, not the value of the chain', () => {
    expect(parts.map((part) => [part.value, part.lines])).toEqual([
      [false, ["'done!'"]],
      [false, ["called with the reason, 'failed!'"]],
    ])
  })

  it('is compared with the lines printed once the promises settle, words by the line they quote', () => {
    expect(commentsAsPrinted(parts, code, 'done!\nfailed!\n', 0, { samplePath: '' })).toBe(true)
    expect(commentsAsPrinted(parts, code, 'done?\nfailed!\n', 0, { samplePath: '' })).toBe(false)
    expect(commentsAsPrinted(parts, code, 'done!\nfailed?\n', 0, { samplePath: '' })).toBe(false)
  })
})

describe("a comment on a timer's print inside a loop", () => {
  const runner = runnerFor('js')
  if (!runner) throw new Error('no runner for js')
  const code = [
    'for (var i = 1; i <= 3; i++) {',
    '  setTimeout(() => console.log(i), 10) // prints 4, 4, 4',
    '}',
  ]
  const parts = statementOutputs(code.join('\n'), 0, runner)?.parts ?? []

  it("lists each iteration's line, compared one by one", () => {
    expect(parts.map((part) => [part.iterations, part.lines])).toEqual([[true, ['4, 4, 4']]])
    expect(commentsAsPrinted(parts, code, '4\n4\n4\n', 0, { samplePath: '' })).toBe(true)
  })

  it('fails when a value, or the number of lines, is not what was printed', () => {
    expect(commentsAsPrinted(parts, code, '1\n2\n3\n', 0, { samplePath: '' })).toBe(false)
    expect(commentsAsPrinted(parts, code, '4\n4\n', 0, { samplePath: '' })).toBe(false)
  })
})
