import { describe, expect, it } from 'vitest'
import { outputOnlyAsAction } from '../../src/verify/read/outputs/fences/output-verb.js'

describe('outputOnlyAsAction', () => {
  it('reads output as the verb of what the code does', () => {
    expect(outputOnlyAsAction('不输出stdout')).toBe(true)
    expect(outputOnlyAsAction('将stderr 信息通过stdout输出')).toBe(true)
    expect(outputOnlyAsAction('把结果输出到文件')).toBe(true)
    expect(outputOnlyAsAction('to output stderr and not output stdout')).toBe(true)
  })

  it('keeps output named as what the code printed', () => {
    expect(outputOnlyAsAction('输出结果如下')).toBe(false)
    expect(outputOnlyAsAction('输出为')).toBe(false)
    expect(outputOnlyAsAction('The output')).toBe(false)
    expect(outputOnlyAsAction('把结果输出到屏幕，结果如下')).toBe(false)
  })
})
