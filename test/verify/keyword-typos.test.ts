import { describe, expect, it } from 'vitest'
import { keywordTypoAt } from '../../src/verify/read/not-checkable/shown/keyword-typos.js'

/** The keyword the line marked `<` misspells, in the lines of `code`. */
function typo(code: string): string | undefined {
  const lines = code.split('\n')
  const index = lines.findIndex((line) => line.endsWith(' <'))
  lines[index] = (lines[index] ?? '').slice(0, -2)
  return keywordTypoAt(lines, index, false)
}

describe('a keyword misspelt among lines of code', () => {
  it.each([
    ['// 代码片段1\nfunciton foo() { <\n  var a = 1;\n}', 'function'],
    ['var sound = "Flying";\nfunctiong wingFlapper() { <\n  console.log(sound);\n}', 'function'],
    ['function f(x) {\n  retrun x * 2; <\n}\nf(1);', 'return'],
    ['cosnt total = 3; <\nconsole.log(total);', 'const'],
  ])('is read in %j', (code, keyword) => {
    expect(typo(code)).toBe(keyword)
  })

  it.each([
    // Prose, even with code around it: written right, it is no statement.
    ['let a = 1;\nFunction calls are cheap here <\nlet b = 2;'],
    ['let a = 1;\nretrun the value to the caller <\nlet b = 2;'],
    // Written right, it is code, but nothing around it is.
    ['funciton foo() { <\n调用它会怎样\n说明'],
    // A keyword written right, or an English word near a short keyword.
    ['function foo() { <\n  var a = 1;\n}'],
    ['var a = 1;\nfar away = 2; <\nvar b = 3;'],
  ])('is none in %j', (code) => {
    expect(typo(code)).toBeUndefined()
  })
})
