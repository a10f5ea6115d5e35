import { describe, expect, it } from 'vitest'
import { asConsoleInputs } from '../../src/verify/run/repl-declarations.js'

const javascript = { id: 'javascript' } as const

describe('samples of a session read as console inputs', () => {
  it('writes a later input’s declaration of a name again as an assignment, on the same lines', () => {
    const [first, second] = asConsoleInputs(javascript, [
      "const who = 'Ada';\nclass Badge {}",
      "let who = '', size\nclass Badge { x() {} }\nconsole.log(who)",
    ])
    expect(first).toBe("let who = 'Ada';\nclass Badge {}")
    expect(second).toBe(
      "let size; void ( who = '', size = undefined);\nBadge = class Badge { x() {} };\nconsole.log(who)",
    )
  })

  it('declares the names no earlier input bound, and assigns a name assigned before', () => {
    const [, second] = asConsoleInputs(javascript, [
      'buffer = [1, 2],\nview = buffer.length',
      'let buffer = [3],\n    size = buffer.length;',
    ])
    expect(second).toBe('let size; void ( buffer = [3],\n    size = buffer.length);')
  })

  it('leaves a name declared twice in one input, and one declared with `var` before', () => {
    const codes = ['var a = 1\nlet b = 1', 'let a = 2\nlet c = 1\nlet c = 2']
    expect(asConsoleInputs(javascript, codes)).toEqual(codes)
    expect(asConsoleInputs(javascript, ['let b = 1', 'let b = 2\nlet b = 3'])[1]).toBe(
      'void ( b = 2);\nlet b = 3',
    )
  })

  it('reads other languages as written', () => {
    expect(asConsoleInputs({ id: 'python' }, ['x = 1', 'x = 2'])).toEqual(['x = 1', 'x = 2'])
  })
})
