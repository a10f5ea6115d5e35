import { describe, expect, it } from 'vitest'
import { sameFileButUmask } from '../../src/verify/compare/varying/listing-modes.js'
import { varyingDifferences } from '../../src/verify/compare/varying/varying-values.js'

describe('sameFileButUmask', () => {
  it('lets the group and others differ in the write bits only', () => {
    expect(sameFileButUmask('rw-r--  1 ann ann 11 Dec 28', 'r--r-- 1 bob bob 11 Nov 29')).toBe(true)
    expect(sameFileButUmask('-w---- 1 ann ann 11 Dec 28', '------ 1 bob bob 11 Nov 29')).toBe(true)
  })

  it('keeps the read and execute bits and the link count', () => {
    expect(sameFileButUmask('r-x--- 1 ann ann 0 Dec 28', '------ 1 bob bob 0 Nov 29')).toBe(false)
    expect(sameFileButUmask('r--r-- 2 ann ann 0 Dec 28', 'r--r-- 1 bob bob 0 Nov 29')).toBe(false)
  })
})

describe('an ls -l line of another machine', () => {
  const differences = varyingDifferences({
    now: new Date('2026-11-29T23:44:00Z'),
    hashOrders: false,
  })

  it('varies in its owner, date and the umask write bits', () => {
    expect(
      differences(
        '-rw-rw-r--  1 scflocal scflocal    11 Dec 28 13:39 tmp.txt',
        '-rw-r--r-- 1 1440000 1440000 11 Nov 29 23:44 tmp.txt',
      ),
    ).toEqual(['file listing'])
  })

  it('differs in the owner bits', () => {
    expect(
      differences(
        '-rw-rw-r--  1 ann ann 11 Dec 28 13:39 tmp.txt',
        '-r--r--r-- 1 1440000 1440000 11 Nov 29 23:44 tmp.txt',
      ),
    ).toBeUndefined()
  })
})
