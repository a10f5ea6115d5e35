import { describe, expect, it } from 'vitest'
import { hedgedError } from '../../src/verify/read/error-claims/hedged-errors.js'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { runnerFor } from '../../src/verify/runners.js'

describe('hedgedError', () => {
  it('reads comments leaving open whether the line throws, in Chinese and English', () => {
    expect(hedgedError('某些浏览器不报错，但是无效果！')?.hedged).toBe(true)
    expect(hedgedError('有的环境会报错')?.hedged).toBe(true)
    expect(hedgedError('may throw in older browsers')?.hedged).toBe(true)
    expect(hedgedError('some browsers do not throw here')?.hedged).toBe(true)
  })

  it('leaves claims, values and modes alone', () => {
    expect(hedgedError('报错')).toBeUndefined()
    expect(hedgedError('TypeError: Assignment to constant variable.')).toBeUndefined()
    expect(hedgedError('In strict mode it will throw an error')).toBeUndefined()
    expect(hedgedError('3.14')).toBeUndefined()
  })

  it('makes the line a part that may raise, so the statements after it are still compared', () => {
    const runner = runnerFor('js')
    if (!runner) throw new Error('no runner for js')
    const code = 'const PI = 3.14\nPI = 3 // 某些浏览器不报错，但是无效果！\nPI // 3.14'
    const parts = statementOutputs(code, 0, runner)?.parts ?? []
    expect(parts.map((part) => [part.from, part.error?.hedged ?? false, part.lines])).toEqual([
      [2, true, ['某些浏览器不报错，但是无效果！']],
      [3, false, ['3.14']],
    ])
  })
})
