import { describe, expect, it } from 'vitest'
import { sameLocalTimeInOtherZone } from '../../src/verify/compare/values/date-display.js'

describe("a browser's date in the author's zone, Node's in UTC", () => {
  it('is the same local time when the wall clock matches and the zone is another', () => {
    expect(
      sameLocalTimeInOtherZone(
        'Sun Jan 01 2017 00:00:00 GMT+0800 (CST)',
        '2017-01-01T00:00:00.000Z',
      ),
    ).toBe(true)
    expect(
      sameLocalTimeInOtherZone(
        "'Sun Jan 01 2017 20:15:00 GMT-0500 (Eastern Standard Time)'",
        '2017-01-01T20:15:00.000Z',
      ),
    ).toBe(true)
  })

  it('is not another time, nor a display already in UTC', () => {
    expect(
      sameLocalTimeInOtherZone(
        'Sun Jan 01 2017 21:00:00 GMT+0800 (CST)',
        '2017-01-01T20:00:00.000Z',
      ),
    ).toBe(false)
    expect(
      sameLocalTimeInOtherZone(
        'Sun Jan 01 2017 00:00:00 GMT+0000 (UTC)',
        '2017-01-01T00:00:00.000Z',
      ),
    ).toBe(false)
    expect(sameLocalTimeInOtherZone('Sun Jan 01 2017 00:00:00', '2017-01-01T00:00:00.000Z')).toBe(
      false,
    )
  })
})
