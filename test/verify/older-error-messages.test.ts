import { describe, expect, it } from 'vitest'
import { otherQuotedMessage } from '../../src/verify/compare/error-messages.js'
import {
  isOlderWording,
  olderErrorMessages,
} from '../../src/verify/compare/older-error-messages.js'

describe('isOlderWording', () => {
  it("reads an older Python's message as the newer one's, of the same parts", () => {
    expect(
      isOlderWording(
        'UnboundLocalError',
        "local variable 'count' referenced before assignment",
        "cannot access local variable 'count' where it is not associated with a value",
      ),
    ).toBe(true)
    expect(
      isOlderWording(
        'TypeError',
        "move() missing 1 required positional argument: 'dy'",
        "Point.move() missing 1 required positional argument: 'dy'",
      ),
    ).toBe(true)
    expect(
      isOlderWording(
        'TypeError',
        'must be str, not int',
        'can only concatenate str (not "int") to str',
      ),
    ).toBe(true)
    expect(
      isOlderWording(
        'TypeError',
        'unorderable types: int() < str()',
        "'<' not supported between instances of 'int' and 'str'",
      ),
    ).toBe(true)
  })

  it('keeps another variable, function, type or error apart', () => {
    const newer = "cannot access local variable 'count' where it is not associated with a value"
    expect(
      isOlderWording(
        'UnboundLocalError',
        "local variable 'total' referenced before assignment",
        newer,
      ),
    ).toBe(false)
    expect(
      isOlderWording('NameError', "local variable 'count' referenced before assignment", newer),
    ).toBe(false)
    expect(
      isOlderWording(
        'TypeError',
        "move() missing 1 required positional argument: 'dx'",
        "Point.move() missing 1 required positional argument: 'dy'",
      ),
    ).toBe(false)
    expect(
      isOlderWording(
        'TypeError',
        'must be str, not list',
        'can only concatenate str (not "int") to str',
      ),
    ).toBe(false)
  })
})

describe('olderErrorMessages', () => {
  it('writes the real error line as the documented one, when it is the newer wording', () => {
    const step = olderErrorMessages([
      "UnboundLocalError: local variable 'count' referenced before assignment",
    ])
    expect(
      step?.(
        "UnboundLocalError: cannot access local variable 'count' where it is not associated with a value",
        'actual',
      ),
    ).toBe("UnboundLocalError: local variable 'count' referenced before assignment")
    expect(step?.("NameError: name 'count' is not defined", 'actual')).toBe(
      "NameError: name 'count' is not defined",
    )
    expect(olderErrorMessages(['TypeError: boom'])).toBeUndefined()
  })

  it('lets an error comment quote the older wording', () => {
    const output =
      "Traceback (most recent call last):\nUnboundLocalError: cannot access local variable 'n' where it is not associated with a value"
    expect(
      otherQuotedMessage(
        "local variable 'n' referenced before assignment",
        output,
        'UnboundLocalError',
      ),
    ).toBeUndefined()
    expect(
      otherQuotedMessage(
        "cannot access local variable 'm' where it is not associated with a value",
        output,
        'UnboundLocalError',
      ),
    ).toBeDefined()
    // The older wording of another variable's error is a stale message.
    expect(
      otherQuotedMessage(
        "local variable 'm' referenced before assignment",
        output,
        'UnboundLocalError',
      ),
    ).toBeDefined()
  })
})
