import { describe, expect, it } from 'vitest'
import { quotesError } from '../../src/verify/read/error-claims/quoted-errors.js'

describe('quotesError', () => {
  it('finds the message of the error in a code span of the text after the sample', () => {
    const error = 'TypeError: arguments.reduce is not a function'
    expect(quotesError(['arguments.reduce', 'arguments.reduce is not a function'], error)).toBe(
      true,
    )
    expect(quotesError(['reduce'], error)).toBe(false)
    expect(quotesError(['is not a function'], error)).toBe(true)
    expect(quotesError(['TypeError'], error)).toBe(true)
  })

  it('takes no name the message holds for a quote of it', () => {
    // "`printName` and the `this` are on the same level": the prose explains the function.
    const error = 'TypeError: me.printName is not a function'
    expect(quotesError(['call', 'printName()', 'printName', 'this'], error)).toBe(false)
    expect(quotesError(['me.printName'], error)).toBe(false)
    expect(quotesError(undefined, error)).toBe(false)
  })
})
