import { describe, expect, it } from 'vitest'
import { explainsMessage } from '../../src/verify/read/error-claims/prose-error.js'

const message = "Illegal 'use strict' directive in function with non-simple parameter list"

describe('prose explaining a syntax error by its message', () => {
  it('holds nearly every word of the message, in any inflection', () => {
    const prose =
      'ECMAScript 2016 makes it illegal to have a "use strict" directive inside of a function whose parameters have default values, with destructuring. Only simple parameter lists are allowed.'
    expect(explainsMessage(prose, message)).toBe(true)
  })

  it('is not prose about something else, nor a message of fewer than three words', () => {
    expect(explainsMessage('It adds two numbers with a function.', message)).toBe(false)
    expect(explainsMessage('an unexpected token', "Unexpected token '}'")).toBe(false)
  })
})
