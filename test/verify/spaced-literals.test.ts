import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { spacedLiterals } from '../../src/verify/compare/values/spaced-literals.js'

const block = (lines: string[]) => ({
  kind: 'block' as const,
  lines,
  lineNumbers: lines.map((_, index) => 20 + index),
  reason: 'test',
})
const options = (code: string) => ({
  samplePath: '/tmp/postdeck-x/sample.js',
  spacedLiterals: spacedLiterals(code),
})

describe('a printed string literal opening with spaces, shown trimmed', () => {
  it('matches (English, Chinese)', () => {
    const code = "setTimeout(() => console.log('after '), 0)\nconsole.log(' before ')"
    expect(compareOutput(block(['before', 'after']), ' before \nafter \n', options(code)).ok).toBe(
      true,
    )
    const chinese = 'print("  之前")\nprint("之后")'
    expect(compareOutput(block(['之前', '之后']), '  之前\n之后\n', options(chinese)).ok).toBe(true)
  })

  it('still compares a line shown with its spaces, other indentation, and other words', () => {
    const code = "console.log(' before ')"
    expect(compareOutput(block([' before']), ' before \n', options(code)).ok).toBe(true)
    expect(compareOutput(block(['  before']), ' before \n', options(code)).ok).toBe(false)
    expect(compareOutput(block(['after']), ' after\n', options(code)).ok).toBe(false)
    const tree = "print('  leaf')"
    expect(compareOutput(block(['root', 'leaf']), 'root\n  leaf\n', options(tree)).ok).toBe(true)
    expect(compareOutput(block(['root', 'leaf']), 'root\n    leaf\n', options(tree)).ok).toBe(false)
    expect(compareOutput(block(['root', 'leaf']), 'root\n    leaf\n', options('print(1)')).ok).toBe(
      false,
    )
  })
})
