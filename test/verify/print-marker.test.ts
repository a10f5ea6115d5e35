import { describe, expect, it } from 'vitest'
import { runnerFor } from '../../src/verify/runners.js'

describe('printMarker', () => {
  it.each(['js', 'ts'])(
    'ends its %s statement, so a next sample opening with a parenthesis is not called on it',
    (language) => {
      const marker = runnerFor(language)?.printMarker('m-1') ?? ''
      expect(marker.trimEnd().endsWith(';')).toBe(true)
      expect(marker.startsWith(';')).toBe(true)
    },
  )
})
