import { describe, expect, it } from 'vitest'
import { statementError } from '../../src/verify/read/error-claims/error-comments.js'

describe('a claim whose subject says the statement fails, naming the error by a common noun', () => {
  it('claims an error, unnamed', () => {
    expect(
      statementError('This throws an error because oneLess is not defined outside the block'),
    ).toEqual({
      name: undefined,
      comment: 'This throws an error because oneLess is not defined outside the block',
    })
    expect(statementError('It will raise an exception')?.name).toBeUndefined()
    expect(statementError('This will raise a TypeError: x')?.name).toBe('TypeError')
  })

  it('claims nothing under a condition, or when it only mentions errors', () => {
    expect(statementError('This throws an error if the list is empty')).toBeUndefined()
    expect(statementError('This is how errors are handled')).toBeUndefined()
    expect(statementError('This throws a party')).toBeUndefined()
  })
})
