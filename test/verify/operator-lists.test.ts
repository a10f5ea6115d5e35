import { describe, expect, it } from 'vitest'
import { cheatsheetNotationAt } from '../../src/verify/read/not-checkable/shown/cheatsheet-notation.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no python runner')

const sample = (code: string): Sample =>
  ({ code, line: 10, runner: python, language: 'python' }) as unknown as Sample
const syntaxError = '1:SyntaxError: invalid syntax\n'

describe('operators listed side by side', () => {
  it('are notation at the line of the syntax error', () => {
    expect(cheatsheetNotationAt(sample('+  -  *  /  //  %  **'), syntaxError, 1)).toContain(
      'a list of operators',
    )
    expect(cheatsheetNotationAt(sample('and  or  not'), syntaxError, 1)).toContain(
      'a list of operators',
    )
    expect(cheatsheetNotationAt(sample('=  +=  -=  *=  /='), syntaxError, 1)).toContain(
      'a list of operators',
    )
  })

  it('are not an expression missing an operand or a name', () => {
    expect(cheatsheetNotationAt(sample('total = price +'), syntaxError, 1)).toBeUndefined()
    expect(cheatsheetNotationAt(sample('a and or b'), syntaxError, 1)).toBeUndefined()
    expect(cheatsheetNotationAt(sample('+'), syntaxError, 1)).toBeUndefined()
  })
})
