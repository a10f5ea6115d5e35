import { describe, expect, it } from 'vitest'
import { otherRejectionReason } from '../../src/verify/compare/errors/promise-rejections.js'
import { statementError } from '../../src/verify/read/error-claims/error-comments.js'

const node = (reason: string) =>
  `UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${reason}".\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)`

describe("Chrome's words for an unhandled rejection", () => {
  it('are an error claim, named when they name one', () => {
    expect(statementError('Uncaught (in promise) error happened!')).toEqual({
      name: undefined,
      comment: 'Uncaught (in promise) error happened!',
    })
    expect(statementError('Uncaught (in promise) TypeError: bad value')?.name).toBe('TypeError')
  })

  it("agree with Node's reason, quoted or not", () => {
    expect(
      otherRejectionReason('Uncaught (in promise) error happened!', node('error happened!')),
    ).toBeUndefined()
    expect(
      otherRejectionReason("Uncaught (in promise) 'error happened!'", node('error happened!')),
    ).toBeUndefined()
  })

  it("give Node's reason when it is another", () => {
    expect(otherRejectionReason('Uncaught (in promise) oops', node('nope'))).toBe('nope')
  })

  it('say nothing of an output without a reason, or of other comments', () => {
    expect(
      otherRejectionReason('Uncaught (in promise) TypeError: bad', 'TypeError: bad\n    at main'),
    ).toBeUndefined()
    expect(otherRejectionReason('error happened!', node('nope'))).toBeUndefined()
  })
})
