import { describe, expect, it } from 'vitest'
import { exerciseBlankAt } from '../../src/verify/read/not-checkable/shown/exercise-blanks.js'
import { sampleOf } from './sample-of.js'

const syntaxError = 'SyntaxError: invalid syntax'

describe("an exercise's blank at the syntax error's line", () => {
  it('is `?`, `??` or `???` where an expression or a statement goes', () => {
    const js = sampleOf('javascript', 'let arr = [1, 500];\nlet x = ??;\nconsole.log(x);', '', 4)
    expect(exerciseBlankAt(js, syntaxError, 2)).toBe(
      "an exercise: the blank `??` is the reader's to fill in, at line 6",
    )
    const body = sampleOf('javascript', 'function* nextId() {\n    ???\n}')
    expect(exerciseBlankAt(body, syntaxError, 2)).toContain('`???`')
    const python = sampleOf('python', "names = ['Ada']\nprint(?)")
    expect(exerciseBlankAt(python, syntaxError, 2)).toContain('`?`')
  })

  it('is not the nullish operator, a conditional, or an error of another kind', () => {
    const nullish = sampleOf('javascript', 'const port = value ?? 8080;')
    expect(exerciseBlankAt(nullish, syntaxError, 1)).toBeUndefined()
    const ternary = sampleOf('javascript', 'const n = ok ? 1 : 2;')
    expect(exerciseBlankAt(ternary, syntaxError, 1)).toBeUndefined()
    const blank = sampleOf('python', 'print(?)')
    expect(exerciseBlankAt(blank, 'NameError: name x', 1)).toBeUndefined()
    expect(exerciseBlankAt(blank, syntaxError, undefined)).toBeUndefined()
  })
})
