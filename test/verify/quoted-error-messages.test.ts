import { describe, expect, it } from 'vitest'
import { otherQuotedMessage } from '../../src/verify/compare/errors/error-messages.js'

const node = (message: string) =>
  `/tmp/x/sample.js:3\n\nTypeError: ${message}\n    at f (/tmp/x/sample.js:3:9)`

describe('otherQuotedMessage', () => {
  it('reports a message an older Node printed as stale', () => {
    expect(
      otherQuotedMessage(
        "Cannot read property '0' of undefined",
        node("Cannot read properties of undefined (reading '0')"),
        'TypeError',
      ),
    ).toBe("Cannot read properties of undefined (reading '0')")
  })

  it('accepts what legitimately varies: quote marks, a final period, a message cut short or elided', () => {
    const raised = node("Cannot read properties of null (reading 'theme')")
    expect(
      otherQuotedMessage('Cannot read properties of null (reading "theme").', raised, 'TypeError'),
    ).toBeUndefined()
    expect(
      otherQuotedMessage('Cannot read properties of null', raised, 'TypeError'),
    ).toBeUndefined()
    expect(
      otherQuotedMessage("Cannot read ... (reading 'theme')", raised, 'TypeError'),
    ).toBeUndefined()
    expect(
      otherQuotedMessage('Cannot read properties of null (reading theme)', raised, 'TypeError'),
    ).toBeUndefined()
  })

  it('compares a browser wording by its condition, and leaves translations and prose alone', () => {
    const raised = node("Cannot read properties of undefined (reading 'size')")
    expect(otherQuotedMessage('box is undefined', raised, 'TypeError')).toBeUndefined()
    expect(otherQuotedMessage('无法读取 undefined 的属性', raised, 'TypeError')).toBeUndefined()
    expect(otherQuotedMessage('when the box was never made', raised, 'TypeError')).toBeUndefined()
  })

  it('compares Python messages, an address aside', () => {
    const python = (message: string) =>
      `Traceback (most recent call last):\n  File "x.py", line 1\nValueError: ${message}`
    expect(
      otherQuotedMessage(
        "invalid literal for int() with base 10: 'xyz'",
        python("invalid literal for int() with base 10: 'abc'"),
        'ValueError',
      ),
    ).toBe("invalid literal for int() with base 10: 'abc'")
    expect(
      otherQuotedMessage(
        'bad object at 0x7f3a2c1d0e80',
        python('bad object at 0x10a4b2c40'),
        'ValueError',
      ),
    ).toBeUndefined()
  })
})

describe('otherQuotedMessage on regular expression flags', () => {
  const raised = '/tmp/x/sample.js:2\n\nSyntaxError: Invalid regular expression flags\n'
  it("compares Safari's and Firefox's wording by the condition it names", () => {
    expect(
      otherQuotedMessage('Invalid regular expression: invalid flags', raised, 'SyntaxError'),
    ).toBeUndefined()
    expect(
      otherQuotedMessage('invalid regular expression flag v', raised, 'SyntaxError'),
    ).toBeUndefined()
  })
})
