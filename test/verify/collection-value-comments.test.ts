import { describe, expect, it } from 'vitest'
import { literalValue } from '../../src/verify/read/outputs/comments/repl-values.js'

describe('a collection shown with its constructor, as a console shows it', () => {
  it('reads as a value', () => {
    for (const shown of [
      'Set {1, 2, 3, "3"}',
      'Set(2) {1, 2}',
      'Map(1) {"Adam" => 67}',
      'Array [1, 2]',
      'Object {a: 1}',
    ]) {
      expect(literalValue.test(shown), shown).toBe(true)
    }
  })

  it('leaves words and other names with braces as prose', () => {
    for (const words of ['Set of numbers', 'Person {name}', 'Set {1, 2} is printed', 'a Set {1}']) {
      expect(literalValue.test(words), words).toBe(false)
    }
  })
})
