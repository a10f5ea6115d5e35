import { describe, expect, it } from 'vitest'
import { hasFString } from '../../src/verify/read/versions/f-strings.js'

describe('an f-string in a line of Python', () => {
  it('is a literal prefixed with f, alone or beside r, in any quotes', () => {
    expect(hasFString("name = f'{x}'")).toBe(true)
    expect(hasFString('print(F"{x!r}")')).toBe(true)
    expect(hasFString('s = rf"\\d{n}"')).toBe(true)
    expect(hasFString('doc = f"""{title}"""')).toBe(true)
    expect(hasFString('a = "x" + f"{y}"')).toBe(true)
  })

  it('is not a literal ending in f, a name ending in f, or an f in a comment', () => {
    expect(hasFString('if key.startswith("x-f"):')).toBe(false)
    expect(hasFString("opts = ['-f', '%f']")).toBe(false)
    expect(hasFString('elif"a"')).toBe(false)
    expect(hasFString('x = 1  # f"no"')).toBe(false)
    expect(hasFString("s = 'it\\'s f' + 'g'")).toBe(false)
  })
})
