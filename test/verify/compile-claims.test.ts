import { describe, expect, it } from 'vitest'
import {
  compileClaimLines,
  isCompileClaim,
  withoutCompileClaims,
} from '../../src/verify/read/error-claims/compile-claims.js'
import { typeErrorLines } from '../../src/verify/run/type-check.js'
import { runnerFor } from '../../src/verify/runners.js'

const typescript = runnerFor('ts')
const javascript = runnerFor('js')
if (!typescript || !javascript) throw new Error('no runner')

describe('compile claims', () => {
  it('reads comments saying a line does not compile', () => {
    for (const comment of [
      ' 编译时报错',
      ' 编译报错',
      ' compile error',
      ' compile-time error',
      " doesn't compile",
      " error TS2339: Property 'length' does not exist on type 'number'.",
      ' index.ts(5,30): error TS2339: ...',
    ])
      expect(isCompileClaim(comment), comment).toBe(true)
    for (const comment of [' 报错', ' TypeError: x is not a function', ' 5', ' compiles fine'])
      expect(isCompileClaim(comment), comment).toBe(false)
  })

  it('finds them in TypeScript samples only', () => {
    const code = 'let n: number = 1\nconsole.log(n.length) // 编译时报错'
    expect(compileClaimLines(code, typescript)).toEqual([2])
    expect(compileClaimLines(code, javascript)).toEqual([])
  })

  it('takes the claimed statements out of the documented output', () => {
    const part = (from: number, line: string) => ({
      from,
      to: from,
      value: false,
      lines: [line],
      lineNumbers: [from + 10],
    })
    const documented = {
      kind: 'statements' as const,
      lines: ['5', '编译时报错'],
      lineNumbers: [11, 13],
      parts: [part(1, '5'), part(3, '编译时报错')],
      reason: '',
    }
    expect(withoutCompileClaims(documented, [3])?.lines).toEqual(['5'])
    expect(withoutCompileClaims(documented, [1, 3])).toBeUndefined()
  })
})

describe('typeErrorLines', () => {
  it('gives the lines the type checker reports, without running the code', async () => {
    const code = "let n: string | number = 'a'\nn = 7\nn.length\nprocess.exit(3)"
    expect(await typeErrorLines(code)).toEqual([3, 4])
  }, 60_000)
})
