import { describe, expect, it } from 'vitest'
import {
  endsWithExceptionGroup,
  stackLinesLeftOut,
} from '../../src/verify/compare/errors/stack-frames.js'

const documented = [
  '+ Exception Group Traceback (most recent call last):',
  '  |   File "<stdin>", line 1, in <module>',
  '  | ExceptionGroup: two problems (2 sub-exceptions)',
  '  +-+---------------- 1 ----------------',
  '    | ValueError: bad value',
  '    +------------------------------------',
]
const printed = [
  '  + Exception Group Traceback (most recent call last):',
  '  |   File "<sample>", line 5, in <module>',
  '  |     check()',
  '  | ExceptionGroup: two problems (2 sub-exceptions)',
  '  +-+---------------- 1 ----------------',
  '    | ValueError: bad value',
  '    +------------------------------------',
]

describe('an exception group traceback', () => {
  it('leaves out its header and the frames in its gutter, as doctest leaves out a stack', () => {
    expect(stackLinesLeftOut(documented, printed)).toEqual({ expected: [0, 1], actual: [0, 1, 2] })
  })

  it('ends a documented output as an uncaught error when its tree closes it', () => {
    expect(endsWithExceptionGroup(documented)).toBe(true)
    expect(endsWithExceptionGroup([...documented, 'done'])).toBe(false)
    expect(endsWithExceptionGroup(['Traceback (most recent call last):', 'ValueError: x'])).toBe(
      false,
    )
  })
})
