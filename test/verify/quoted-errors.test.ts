import { describe, expect, it } from 'vitest'
import { quotesError } from '../../src/verify/read/error-claims/quoted-errors.js'

describe('quotesError', () => {
  it('finds the message of the error in a code span of the text after the sample', () => {
    const error = 'TypeError: arguments.reduce is not a function'
    expect(quotesError(['arguments.reduce', 'arguments.reduce is not a function'], error)).toBe(
      true,
    )
    expect(quotesError(['reduce'], error)).toBe(false)
    expect(quotesError(undefined, error)).toBe(false)
  })
})
