import { describe, expect, it } from 'vitest'
import { matchesWithoutNote } from '../../src/verify/compare/noted-lines.js'

describe("a documented output line with the author's note after it", () => {
  it('matches the real line once the note is left out, in English and in Chinese', () => {
    expect(matchesWithoutNote("True  #（'a' < 'b'）", 'True')).toBe(true)
    expect(matchesWithoutNote('Hello   #（索引0到4）', 'Hello')).toBe(true)
    expect(matchesWithoutNote('[2, 3, 4]  # 注意：收集为列表', '[2, 3, 4]')).toBe(true)
    expect(
      matchesWithoutNote('Hello, World! 你好，世界！#输出', 'Hello, World! 你好，世界！'),
    ).toBe(true)
    expect(matchesWithoutNote('6  # the sum of the list', '6')).toBe(true)
    expect(matchesWithoutNote('3 // the sum', '3')).toBe(true)
  })

  it('still fails a wrong value, and compares a line that prints a comment sign whole', () => {
    expect(matchesWithoutNote('True  # a < b', 'False')).toBe(false)
    expect(matchesWithoutNote('Hello  # the greeting', 'Hello # the greeting!')).toBe(false)
    expect(matchesWithoutNote('a#b', 'a')).toBe(false)
    expect(matchesWithoutNote('# a heading', '')).toBe(false)
    expect(matchesWithoutNote('x = 1  # note', 'x = 1 # other')).toBe(false)
  })
})
