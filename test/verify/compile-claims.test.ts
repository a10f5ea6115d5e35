import { describe, expect, it } from 'vitest'
import {
  checkerClaimLines,
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

  it("reads the checker's verdicts in words, in English and Chinese, on TypeScript only", () => {
    const english = [
      'const pair: readonly [string, number] = ["a", 1]',
      'pair[1] = 2 // Error',
      '// Invalid',
      'const n: number = "one"',
      'const a: any = 1',
      'a.trim() // no error',
      'console.log(a) // ok',
      'const b = 2 // TypeError: b is not a function',
      '// const c = new Base() // Error: protected',
    ].join('\n')
    expect(checkerClaimLines(english, typescript)).toEqual({ errors: [2, 4], compiles: [6] })
    const chinese = [
      'let v: unknown = 1',
      'v + 1 // 报错',
      '// 报错',
      'let y: unique symbol = Symbol()',
      'v === 1 // 正确',
      'x(1) // 不报错',
      '[y]: string // 5.8.3 版本之前报错',
    ].join('\n')
    expect(checkerClaimLines(chinese, typescript)).toEqual({ errors: [2, 4], compiles: [5, 6] })
    expect(checkerClaimLines('f() // 报错', javascript)).toEqual({ errors: [], compiles: [] })
  })
})
