import { describe, expect, it } from 'vitest'
import { traceOffLinesLeftOut } from '../../src/verify/compare/trace-off.js'

describe('the trace of set +x', () => {
  const actual = ['+ echo hello', 'hello', "+ echo '*.txt'", '*.txt', '+ set +x']

  it('is left out where the post shows the trace of the commands but not that line', () => {
    expect(
      traceOffLinesLeftOut(['+ echo hello', 'hello', "+ echo '*.txt'", '*.txt'], actual),
    ).toEqual([4])
    expect(
      traceOffLinesLeftOut(['+ echo hi', 'hi'], ['+ echo hi', 'hi', '+ set +o xtrace']),
    ).toEqual([1 + 1])
  })

  it('is compared where the post shows it, or shows no trace at all', () => {
    expect(traceOffLinesLeftOut(['+ echo hello', 'hello', '+ set +x'], actual)).toEqual([])
    expect(traceOffLinesLeftOut(['hello', '*.txt'], actual)).toEqual([])
  })

  it('leaves every other traced line to be compared', () => {
    // A traced command the post leaves out still differs: only `set +x` is dropped.
    expect(traceOffLinesLeftOut(['+ echo hello', 'hello'], actual)).toEqual([4])
  })
})
