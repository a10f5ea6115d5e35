import { describe, expect, it } from 'vitest'
import { withoutLineLabels } from '../../src/verify/read/outputs/fences/labelled-lines.js'

describe('an output block whose every line the author labelled', () => {
  it('reads the lines without the label, in Chinese and in English', () => {
    const code = 's = "a,b,c"\nprint(s.split(","))\nprint(s.split(",", maxsplit=1))'
    expect(withoutLineLabels(["输出: ['a', 'b', 'c']", "输出: ['a', 'b,c']"], code)).toEqual([
      "['a', 'b', 'c']",
      "['a', 'b,c']",
    ])
    expect(withoutLineLabels(['Output: 3', 'Output: 4'], 'print(3)\nprint(4)')).toEqual(['3', '4'])
  })

  it('keeps a label the code prints, a single line, and lines labelled apart', () => {
    expect(withoutLineLabels(['Output: 3', 'Output: 4'], 'print("Output:", 3)')).toBeUndefined()
    expect(withoutLineLabels(['输出: 3'], 'print(3)')).toBeUndefined()
    expect(withoutLineLabels(['输出: 3', '4'], 'print(3)\nprint(4)')).toBeUndefined()
  })
})
