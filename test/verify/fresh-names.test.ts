import { describe, expect, it } from 'vitest'
import { saysUndefined } from '../../src/verify/read/code/fresh-names.js'

describe('names a sample says are not defined', () => {
  it('reads the error a reference raises, in JavaScript and Python', () => {
    expect(saysUndefined('console.log(a); // Uncaught ReferenceError: a is not defined', 'a')).toBe(
      true,
    )
    expect(saysUndefined("print(x)  # NameError: name 'x' is not defined", 'x')).toBe(true)
  })

  it('reads a line whose comment says in words that it fails for that name', () => {
    const code = 'console.log(message); // Error: the message variable is not visible here'
    expect(saysUndefined(code, 'message')).toBe(true)
    expect(saysUndefined(code, 'mess')).toBe(false)
    expect(saysUndefined('console.log(message); // message is shown here', 'message')).toBe(false)
  })

  it('does not read another name, or a name merely mentioned', () => {
    expect(saysUndefined('f(b); // ReferenceError: ab is not defined', 'b')).toBe(false)
    expect(saysUndefined('f(a); // a is used here', 'a')).toBe(false)
  })
})
