import { describe, expect, it } from 'vitest'
import { generatorBodyAt } from '../../src/verify/read/not-checkable/shown/generator-body.js'
import { sampleOf } from './sample-of.js'

const syntaxError = "SyntaxError: Unexpected identifier 'ajax'"

describe("a generator's body shown alone", () => {
  it('is `yield` at the error line with no generator function in the sample', () => {
    const body = sampleOf('javascript', "try {\n    r1 = yield ajax('u');\n} catch (e) {}", '', 5)
    expect(generatorBodyAt(body, syntaxError, 2)).toBe(
      'the body of a generator shown alone (`yield` with no `function*`) at line 7',
    )
    expect(generatorBodyAt(sampleOf('javascript', 'yield 1;'), syntaxError, 1)).toContain('yield')
  })

  it('is not one when the sample has a generator, the line has no yield, or it is not JavaScript', () => {
    const withGenerator = sampleOf('javascript', 'function* g() { yield 1; }\nconst x = yield 2;')
    expect(generatorBodyAt(withGenerator, syntaxError, 2)).toBeUndefined()
    const noYield = sampleOf('javascript', 'let total = (1 + 2;')
    expect(generatorBodyAt(noYield, syntaxError, 1)).toBeUndefined()
    const yielded = sampleOf('javascript', 'const yielded = 3 +;')
    expect(generatorBodyAt(yielded, syntaxError, 1)).toBeUndefined()
    expect(generatorBodyAt(sampleOf('python', 'yield 1'), syntaxError, 1)).toBeUndefined()
  })
})
