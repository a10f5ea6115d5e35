import { describe, expect, it } from 'vitest'
import { judgeDocumentedError } from '../../src/verify/judge/documented-errors.js'
import { sampleOf } from './sample-of.js'

const path = '/tmp/postdeck-x/sample.js'
const code = "const p = {\n  name: 'Jimmy,\n}\np = {} // ERROR!! p is a constant"
const run = (output: string) => ({
  exitCode: 1,
  signal: null,
  output,
  timedOut: false,
  truncated: false,
  durationMs: 1,
  startError: undefined,
})

describe('a documented error after a syntax error of the code', () => {
  const sample = {
    ...sampleOf('js', code, '', 10),
    expectedError: { line: 4, postLine: 14, name: undefined, comment: 'ERROR!! p is a constant' },
  }

  it('is reported at the syntax error, which stopped the sample before anything ran', () => {
    const result = judgeDocumentedError(
      sample,
      run(`${path}:2\n  name: 'Jimmy,\n        ^\n\nSyntaxError: Invalid or unexpected token\n`),
      path,
    )
    expect([result.status, result.line, result.summary]).toEqual([
      'failed',
      12,
      'failed at line 12, before line 14 its comment says raises an error',
    ])
  })

  it('stays at the claimed line for another error raised above it', () => {
    const result = judgeDocumentedError(
      { ...sample, expectedError: { ...sample.expectedError, name: 'RangeError' } },
      run(`${path}:2\n\nTypeError: x is not a function\n    at ${path}:2:3\n`),
      path,
    )
    expect(result.line).toBe(14)
  })

  it('is reported at a syntax error below the claim too, as nothing ran', () => {
    const below =
      'try {\n  var rtn = tgrue; // 故意拼写错误, 就会抛出异常\n} catch (e) {\n  console.log(, e)\n}'
    const claimed = {
      ...sampleOf('js', below, '', 20),
      expectedError: {
        line: 2,
        postLine: 22,
        name: undefined,
        comment: '故意拼写错误, 就会抛出异常',
      },
    }
    const result = judgeDocumentedError(
      claimed,
      run(`${path}:4
  console.log(, e)
              ^

SyntaxError: Unexpected token ','
`),
      path,
    )
    expect([result.status, result.line]).toEqual(['failed', 24])
    expect(result.summary).toBe(
      'does not parse at line 24, so line 22, which its comment says raises an error, never ran',
    )
  })

  it('keeps a runtime SyntaxError below the claim, which ran the claimed line, at the claim', () => {
    const parsing = "const a = 1 // 这里会抛出异常\nJSON.parse('{')"
    const claimed = {
      ...sampleOf('js', parsing, '', 30),
      expectedError: { line: 1, postLine: 31, name: undefined, comment: '这里会抛出异常' },
    }
    const result = judgeDocumentedError(
      claimed,
      run(
        `undefined:1\n{\n\nSyntaxError: Unexpected end of JSON input\n    at JSON.parse (<anonymous>)\n    at ${path}:2:6\n`,
      ),
      path,
    )
    expect(result.line).toBe(31)
  })
})
