import { describe, expect, it } from 'vitest'
import { arrowNoteAt } from '../../src/verify/read/not-checkable/shown/arrow-notes.js'

describe('arrowNoteAt', () => {
  it('reads a note in words after an arrow', () => {
    expect(arrowNoteAt('nonlocal msg   <-- now the enclosing msg')).toBe(
      '<-- now the enclosing msg',
    )
  })

  it('reads the values a call gives after an arrow and a space', () => {
    expect(arrowNoteAt('permutations(range(3)) --> 012 021 102')).toBe('--> 012 021 102')
    expect(arrowNoteAt('reduce(add, [1,2,3]) --> ((1+2)+3) = 6')).toBe('--> ((1+2)+3) = 6')
    expect(arrowNoteAt('chain(xs, ys) --> [1, 2]')).toBe('--> [1, 2]')
  })

  it('reads no note in code that decrements and compares', () => {
    expect(arrowNoteAt('while (i-->0) {')).toBeUndefined()
    expect(arrowNoteAt('def f() -> int:')).toBeUndefined()
    expect(arrowNoteAt('while (i-- > 0) {')).toBeUndefined()
  })
})
