import { describe, expect, it } from 'vitest'
import { otherQuotedMessage } from '../../src/verify/compare/errors/error-messages.js'
import { commentedTracebackError } from '../../src/verify/read/error-claims/commented-tracebacks.js'
import { documentedError } from '../../src/verify/read/error-claims/error-comments.js'
import { runnerFor } from '../../src/verify/runners.js'

describe('commentedTracebackError', () => {
  it('reads the last line of a traceback pasted in comment lines, as Python or IPython prints it', () => {
    expect(
      commentedTracebackError([
        'Traceback (most recent call last):',
        'File "<stdin>", line 1, in <module>',
        "KeyError: 'k'",
        undefined,
      ]),
    ).toEqual({ text: "KeyError: 'k'", offset: 2 })
    expect(
      commentedTracebackError([
        '<<< ----------------------------------------------------------------',
        '<<< TypeError                                 Traceback (most recent call last)',
        '<<< ----> 1 e = Exception(1, b=2)',
        '<<<',
        '<<< TypeError: Exception() takes no keyword arguments',
      ]),
    ).toEqual({ text: 'TypeError: Exception() takes no keyword arguments', offset: 4 })
  })

  it('reads nothing from comments that begin no traceback', () => {
    expect(commentedTracebackError(["KeyError: 'k'"])).toBeUndefined()
    expect(commentedTracebackError(['----------------------------', 'a note'])).toBeUndefined()
    expect(
      commentedTracebackError(['Traceback (most recent call last):', undefined]),
    ).toBeUndefined()
  })
})

describe('documentedError with a commented traceback', () => {
  const python = runnerFor('python')
  if (!python) throw new Error('no python runner')

  it('claims the traceback’s error for the statement above it, at the line of its last line', () => {
    const code = [
      "d = {'a': 1}",
      "print(d['k'])",
      '# Traceback (most recent call last):',
      '#   File "<stdin>", line 1, in <module>',
      "# KeyError: 'k'",
    ].join('\n')
    expect(documentedError(code, 10, python)).toMatchObject({
      line: 2,
      postLine: 12,
      name: 'KeyError',
      message: "'k'",
      traceback: 15,
    })
  })
})

describe('otherQuotedMessage of a pasted traceback', () => {
  const output = [
    'Traceback (most recent call last):',
    '  File "<sample>", line 5, in <module>',
    "AttributeError: property 'msg' of 'E' object has no setter",
  ].join('\n')

  it('compares the message whatever words it shares: it is output, not the author’s words', () => {
    expect(otherQuotedMessage("can't set attribute", output, 'AttributeError')).toBeUndefined()
    expect(otherQuotedMessage("can't set attribute", output, 'AttributeError', true)).toBe(
      "property 'msg' of 'E' object has no setter",
    )
    expect(
      otherQuotedMessage(
        "property 'msg' of 'E' object has no setter",
        output,
        'AttributeError',
        true,
      ),
    ).toBeUndefined()
    const named = "NameError: name '数量' is not defined"
    expect(otherQuotedMessage("global name '数量' is not defined", named, 'NameError', true)).toBe(
      "name '数量' is not defined",
    )
  })
})
