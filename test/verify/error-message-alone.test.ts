import { describe, expect, it } from 'vitest'
import { errorOfBareMessage } from '../../src/verify/read/error-claims/bare-error-messages.js'
import { pythonErrorOfMessage } from '../../src/verify/read/error-claims/python-error-messages.js'
import { printRaisesNamedError } from '../../src/verify/read/error-claims/raised-by-print.js'
import { printSaysErrorInWords } from '../../src/verify/read/error-claims/worded-print-errors.js'

describe('pythonErrorOfMessage', () => {
  it("names the error of CPython's message alone", () => {
    expect(pythonErrorOfMessage('too many values to unpack (expected 2)')).toBe('ValueError')
    expect(pythonErrorOfMessage('list index out of range')).toBe('IndexError')
    expect(pythonErrorOfMessage("name 'x' is not defined")).toBe('NameError')
    expect(pythonErrorOfMessage("'tuple' object does not support item assignment")).toBe(
      'TypeError',
    )
    expect(errorOfBareMessage('division by zero.')).toBe('ZeroDivisionError')
  })

  it('names none for other words', () => {
    expect(pythonErrorOfMessage('too many values')).toBeUndefined()
    expect(pythonErrorOfMessage('a = 1, b = 3')).toBeUndefined()
  })
})

describe('printSaysErrorInWords', () => {
  it('reads `error:` on a print as the call failing', () => {
    const code = 'arr = [1, 2, 3]\nprint(arr[-4]) # error: out of range'
    expect(printSaysErrorInWords('error: out of range', code)).toBe(true)
    expect(printRaisesNamedError('print(arr[-4])', 'error: out of range', code)).toBe(true)
  })

  it('keeps it as printed text where a string of the sample holds the word', () => {
    const code = "msg = 'error: out of range'\nprint(msg) # error: out of range"
    expect(printSaysErrorInWords('error: out of range', code)).toBe(false)
    expect(printRaisesNamedError('print(msg)', 'error: out of range', code)).toBe(false)
  })

  it('needs the word to open the comment', () => {
    expect(printSaysErrorInWords('no error here', 'print(x)')).toBe(false)
  })
})
