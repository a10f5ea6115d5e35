import { describe, expect, it } from 'vitest'
import { sessionVaryingKinds } from '../../src/verify/compare/varying/session-varying.js'
import { sameEpochElsewhere } from '../../src/verify/compare/varying/time-zones.js'
import { machineReads } from '../../src/verify/read/varying/machine-reads.js'

describe('seconds since the epoch of a local time, in two time zones', () => {
  it('differ by a shift a time zone has, the rest of the line the same', () => {
    expect(sameEpochElsewhere('1350816710.0', '1350845510.0')).toBe(true)
    expect(sameEpochElsewhere('t = 1350816710', 't = 1350797810')).toBe(true)
    expect(sameEpochElsewhere('Out: 1350816710.5', 'Out: 1350830210.5')).toBe(true)
  })

  it('do not differ by any other amount, nor beside another change', () => {
    expect(sameEpochElsewhere('1350816710.0', '1350845511.0')).toBe(false)
    expect(sameEpochElsewhere('1350816710.0', '1350816710.0')).toBe(false)
    expect(sameEpochElsewhere('1350816710.0', '1350916710.0')).toBe(false)
    expect(sameEpochElsewhere('a 1350816710', 'b 1350845510')).toBe(false)
    expect(sameEpochElsewhere('42', '28842')).toBe(false)
  })
})

describe("a `>>>` session showing local times of the author's zone", () => {
  const session = [
    '>>> st = time.localtime(1350816710.8)',
    ">>> time.strftime('%Y-%m-%d %H:%M:%S', st)",
    "'2012-10-21 18:51:50'",
    ">>> time.mktime(time.strptime('2012-10-21 18:51:50', '%Y-%m-%d %H:%M:%S'))",
    '1350816710.0',
  ].join('\n')

  it('varies in the time zone when its code reads the local zone, in any of its examples', () => {
    const reads = machineReads(session)
    const shown = { ok: false, want: "'2012-10-21 18:51:50'\n", got: "'2012-10-21 10:51:50'\n" }
    expect(sessionVaryingKinds(shown, new Date(), reads)).toEqual(['time zone'])
    const seconds = { ok: false, want: '1350816710.0\n', got: '1350845510.0\n' }
    expect(sessionVaryingKinds(seconds, new Date(), reads)).toEqual(['time zone'])
  })

  it('differs when its code reads no local zone, or by more than the zone', () => {
    const utc = machineReads(">>> time.strftime('%Y', time.gmtime(0))")
    const shown = { ok: false, want: "'2012-10-21 18:51:50'\n", got: "'2012-10-21 10:51:50'\n" }
    expect(sessionVaryingKinds(shown, new Date(), utc)).toBeUndefined()
    const off = { ok: false, want: "'2012-10-21 18:51:50'\n", got: "'2012-10-21 10:52:50'\n" }
    expect(sessionVaryingKinds(off, new Date(), machineReads(session))).toBeUndefined()
  })
})
