import { describe, expect, it } from 'vitest'
import { ownMissingName } from '../../src/verify/judge/missing-names.js'
import { partialListing } from '../../src/verify/read/partial-listings.js'
import { sampleOf } from './sample-of.js'

const whole = sampleOf(
  'python',
  'class var:\n    def __init__(self, value):\n        self.value = value\n',
  '',
  10,
)

describe('partialListing', () => {
  it('reads a comment keeping a member from the listing before as code left out, in any script', () => {
    const kept = sampleOf(
      'python',
      'class var:\n    _value: int\n\n    # value @property as before\n',
      '',
      40,
    )
    expect(partialListing(kept, whole)).toBe(
      'a listing of `var` with code left out (`# value @property as before`) at line 44',
    )
    const han = sampleOf('python', 'class 计数器:\n    # 加() 同上\n', '', 50)
    expect(partialListing(han, undefined)).toMatch(
      /`计数器` with code left out \(`# 加\(\) 同上`\)/,
    )
    const said = sampleOf('python', 'class var:\n    # the value, as an int\n    v = 1\n')
    expect(partialListing(said, undefined)).toBeUndefined()
  })
  it('reads `[...]` in a class body as the methods shown before, left out', () => {
    const added = sampleOf(
      'python',
      'class var:\n    [...]\n\n    def __add__(self, value):\n        return self.value + value\n',
      '',
      30,
    )
    expect(partialListing(added, whole)).toBe(
      'a listing of `var` with code left out (`[...]`) at line 32',
    )
    const bare = sampleOf(
      'python',
      'class var:\n    ...\n    def __add__(self, v):\n        pass\n',
    )
    expect(partialListing(bare, whole)).toMatch(/code left out \(`\.\.\.`\)/)
  })

  it('reads a class listed again without its constructor as the methods it adds', () => {
    const first = sampleOf(
      'javascript',
      'class Deferred {\n  constructor(callback) {\n    this.queue = []\n  }\n}\n',
    )
    const added = sampleOf(
      'javascript',
      'class Deferred {\n  static all(items) {\n    return Deferred.resolve(items)\n  }\n}\n',
      '',
      40,
    )
    expect(partialListing(added, first)).toBe(
      'a listing of `Deferred` with only the methods it adds, not its constructor',
    )
    // A listing after a partial one stands for the same class.
    const next = sampleOf(
      'javascript',
      'class Deferred {\n  then(f) {\n    return this.status\n  }\n}\n',
      '',
      60,
    )
    expect(partialListing(next, { ...added, partial: 'x' })).toMatch(/only the methods it adds/)
  })

  it('keeps a class shown whole, a stub body, and a redefinition with its constructor', () => {
    const again = sampleOf('python', 'class var:\n    def __init__(self):\n        pass\n')
    expect(partialListing(again, whole)).toBeUndefined()
    expect(partialListing(whole, undefined)).toBeUndefined()
    // A new class of the same name that uses no member it leaves out is another example.
    const other = sampleOf(
      'python',
      'class var:\n    @staticmethod\n    def foo():\n        print("foo")\n',
    )
    expect(partialListing(other, whole)).toBeUndefined()
    const stub = sampleOf('python', 'class Empty:\n    ...\n\nclass Other:\n    pass\n')
    expect(partialListing(stub, undefined)).toBeUndefined()
  })
})

describe('ownMissingName', () => {
  it('judges the first error of a session, not the name it left undefined', () => {
    const session = sampleOf('python', '>>> x = var(10)\n>>> x + 2\n')
    const output =
      '{"line": 0, "got": "Traceback (most recent call last):\\nTypeError: var() takes no arguments\\n"}\n{"line": 1, "got": "Traceback (most recent call last):\\nNameError: name \'x\' is not defined\\n"}'
    expect(ownMissingName(session, output)).toBeUndefined()
    const alone = "Traceback (most recent call last):\nNameError: name 'x' is not defined\n"
    expect(ownMissingName(sampleOf('python', 'print(x)\n'), alone)).toBe('x')
  })
})
