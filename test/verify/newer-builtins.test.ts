import { describe, expect, it } from 'vitest'
import { builtinNodeVersion } from '../../src/verify/read/versions/newer-builtins.js'

describe('builtinNodeVersion', () => {
  it('names the newest Node a recent built-in needs', () => {
    expect(builtinNodeVersion('const byType = Object.groupBy(langs, callback);')).toEqual({
      version: '21',
      builtin: 'Object.groupBy',
    })
    expect(
      builtinNodeVersion('Map.groupBy(a, f)\nconst { promise } = Promise.withResolvers();'),
    ).toEqual({ version: '22', builtin: 'Promise.withResolvers' })
    expect(builtinNodeVersion('const copy = buffer.transfer();')?.version).toBe('21')
  })

  it('finds none in code of older editions', () => {
    expect(builtinNodeVersion('const sorted = [3, 1].toSorted();')).toBeUndefined()
    expect(builtinNodeVersion('const groups = groupBy(items, key);')).toBeUndefined()
  })
})
