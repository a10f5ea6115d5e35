import { describe, expect, it } from 'vitest'
import { varyingDifferences } from '../../src/verify/compare/varying/varying-values.js'

const differ = varyingDifferences({ now: new Date('2026-11-30T08:00:00Z'), hashOrders: false })

describe('tool versions', () => {
  it("reads the version of a GNU tool's banner as the reader's", () => {
    expect(differ('cmp (GNU diffutils) 3.3', 'cmp (GNU diffutils) 3.8')).toEqual(['tool version'])
    expect(differ('find (GNU findutils) 4.7.0-git', 'find (GNU findutils) 4.9.0')).toEqual([
      'tool version',
    ])
  })

  it('reads the version banner of a program this machine has as the reader’s', () => {
    expect(differ('git version 2.11.1', 'git version 2.39.5')).toEqual(['tool version'])
  })

  it('keeps other tools, other packages and versions in other lines compared', () => {
    expect(differ('cmp (GNU diffutils) 3.3', 'diff (GNU diffutils) 3.8')).toBeUndefined()
    expect(differ('myapp version 1.2.3', 'myapp version 1.2.4')).toBeUndefined()
    expect(differ('git version 2.11.1 (Apple Git-81)', 'git version 2.39.5')).toBeUndefined()
    expect(differ('sed (GNU sed) 4.2.2 beta', 'sed (GNU sed) 4.2.3 beta')).toBeUndefined()
  })
})
