import { describe, expect, it } from 'vitest'
import { readsAsJavaScript } from '../../src/verify/read/not-checkable/shown/code-lines.js'
import { runnerFor } from '../../src/verify/runners.js'

describe('JavaScript with names in Han characters', () => {
  it('is a module when it imports under such a name', () => {
    const runner = runnerFor('js')
    expect(runner?.fileName("import 路径 from 'node:path'")).toBe('sample.mjs')
    expect(runner?.fileName("import $ from 'jquery'")).toBe('sample.mjs')
    // Not a module: a console's classic script, or CommonJS once it requires.
    expect(runner?.fileName('const important = 1')).toBe('sample.js')
    expect(runner?.fileName("const important = require('node:path')")).toBe('sample.cjs')
    expect(runnerFor('ts')?.fileName("import 工具 from './工具.js'")).toBe('sample.mts')
  })

  it('reads declarations, assignments and calls with such names as code', () => {
    for (const line of [
      'const 名字 = 1',
      '总数 = 总数 + 价钱',
      'console.log(价格 * 数目)',
      '打印(结果)',
      '用户列表.forEach((用户) => {',
      '}).then((结果) => 显示(结果))',
    ]) {
      expect(readsAsJavaScript(line, false), line).toBe(true)
    }
  })

  it('reads words, a name alone and full-width punctuation as prose', () => {
    for (const line of [
      '这里 写 你 自己 的 代码',
      '返回结果',
      '结果：5',
      '返回结果。',
      'Put your code here',
    ]) {
      expect(readsAsJavaScript(line, false), line).toBe(false)
    }
  })
})
