import { describe, expect, it } from 'vitest'
import { isQuotedProse } from '../../src/verify/read/outputs/fences/quoted-prose.js'

describe('isQuotedProse', () => {
  const code = 'limit = make_limit(3)\n'

  it('is true for a passage of sentences the code could not print', () => {
    const passage = [
      'A limit is an object holding the number of calls a client may still make today.',
      '',
      'It is reset at midnight, whatever the time zone of the server that keeps it',
    ].join('\n')
    expect(isQuotedProse(passage, code)).toBe(true)
    expect(
      isQuotedProse('A :class:`Limit` is reset at midnight by the scheduler of the host.', code),
    ).toBe(true)
  })

  it('is false for a sentence the code holds, so printed from a literal', () => {
    const printing = 'print("Connected to the database after three retries of the pool.")\n'
    expect(
      isQuotedProse('Connected to the database after three retries of the pool.', printing),
    ).toBe(false)
  })

  it('is false for short lines, data, code and lines without a full stop', () => {
    expect(isQuotedProse('Hello, world.', code)).toBe(false)
    expect(isQuotedProse("{'a': 1, 'b': 2}", code)).toBe(false)
    expect(
      isQuotedProse('Total = the sum of every order placed by the customer this year.', code),
    ).toBe(false)
    expect(
      isQuotedProse('Every order placed by the customer this year is counted here', code),
    ).toBe(false)
    expect(
      isQuotedProse('every order placed by the customer this year is counted here.', code),
    ).toBe(false)
  })
})
