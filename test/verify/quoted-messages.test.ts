import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { quotedMessagesPython } from '../../src/verify/compare/errors/quoted-messages.js'

/** What `unquoted_message` gives for each text, run by Python as the doctest driver runs it. */
function unquoted(texts: string[]): (string | null)[] {
  const script = `import json, re, sys\n${quotedMessagesPython}\nprint(json.dumps([unquoted_message(t) for t in json.loads(sys.stdin.read())]))`
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: JSON.stringify(texts) }).toString(),
  )
}

describe('an exception message the author quotes', () => {
  it('is the message, on the name line or under it', () => {
    expect(
      unquoted([
        'NameError: "name \'x\' is not defined"\n',
        "AttributeError:\n\"'T' object has no attribute '__baz'\"\n",
        'SyntaxError: "invalid syntax"\n',
      ]),
    ).toEqual([
      "NameError: name 'x' is not defined\n",
      "AttributeError: 'T' object has no attribute '__baz'\n",
      'SyntaxError: invalid syntax\n',
    ])
  })

  it('leaves other lines as they are', () => {
    expect(
      unquoted([
        "KeyError: 'a'\n",
        'Result: "ok"\n',
        'ValueError: "a" and "b"\n',
        'ValueError: bad\n"more"\n',
      ]),
    ).toEqual([null, null, null, null])
  })
})
