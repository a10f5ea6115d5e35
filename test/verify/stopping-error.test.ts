import { describe, expect, it } from 'vitest'
import { endsAtClaimedError } from '../../src/verify/read/outputs/comments/stopping-error.js'
import type { OutputPart } from '../../src/verify/read/outputs/documented-output.js'
import { runnerFor } from '../../src/verify/runners.js'

const javascript = runnerFor('js')
if (!javascript) throw new Error('runner missing')
const printed: OutputPart = { from: 1, to: 3, value: false, lines: ['a'], lineNumbers: [4] }

describe('endsAtClaimedError', () => {
  it('holds for an error claimed under the block closing the sample, after the printed lines', () => {
    const code =
      'for (const k in o) {\n  console.log(k)\n}\n// a\n\nfor (const v of o) {\n  console.log(v)\n}\n// TypeError: o is not iterable'
    expect(endsAtClaimedError(code, javascript, [printed])).toBe(true)
  })

  it('does not hold when code runs after the claimed statement, or no error is claimed', () => {
    const after =
      'for (const k in o) {\n  console.log(k)\n}\n// a\n\nnull.x\n// TypeError: x\nconsole.log(1)'
    expect(endsAtClaimedError(after, javascript, [printed])).toBe(false)
    const none = 'for (const k in o) {\n  console.log(k)\n}\n// a\n\nconsole.log(2)\n// 2'
    expect(endsAtClaimedError(none, javascript, [printed])).toBe(false)
  })
})
