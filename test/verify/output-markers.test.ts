import { describe, expect, it } from 'vitest'
import { outputMarker } from '../../src/verify/read/outputs/documented-output.js'

describe('outputMarker', () => {
  it('reads a marker saying the output looks so, the value after it', () => {
    expect(outputMarker.exec('Output something like: Now: 10:30')?.[1]).toBe('Now: 10:30')
    expect(outputMarker.exec('输出类似: 当前时间: 10:30')?.[1]).toBe('当前时间: 10:30')
    expect(outputMarker.exec('输出可能类似 (看你系统语言环境): 本地格式: Sat')?.[1]).toBe(
      '本地格式: Sat',
    )
  })

  it('reads no words that only mention the output', () => {
    expect(outputMarker.test('Output looks odd here: see below')).toBe(false)
    expect(outputMarker.test('输出的结果是列表')).toBe(false)
  })
})

describe('outputMarker for an example of the output', () => {
  it('reads `输出示例：`, `示例输出：`, `Example output:` and `Sample output:`', () => {
    expect(outputMarker.test('输出示例：')).toBe(true)
    expect(outputMarker.test('示例输出:')).toBe(true)
    expect(outputMarker.test('Example output:')).toBe(true)
    expect(outputMarker.test('Sample output:')).toBe(true)
  })

  it('reads no example that is not of the output', () => {
    expect(outputMarker.test('示例：')).toBe(false)
    expect(outputMarker.test('Example input:')).toBe(false)
  })
})
