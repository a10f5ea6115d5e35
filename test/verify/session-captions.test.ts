import { describe, expect, it } from 'vitest'
import {
  differsByCaptionOnly,
  isSessionCaption,
} from '../../src/verify/compare/session-captions.js'

describe('captions inside a >>> session', () => {
  it('reads a sentence ending in a colon as a caption, in English and Chinese', () => {
    expect(isSessionCaption('Or, equivalently:')).toBe(true)
    expect(isSessionCaption('或者，等效地：')).toBe(true)
    expect(isSessionCaption('相当于：')).toBe(true)
  })

  it('leaves printed data and one-word labels as output', () => {
    expect(isSessionCaption('Menu:')).toBe(false)
    expect(isSessionCaption("{'a': 1}:")).toBe(false)
    expect(isSessionCaption('Total 3:')).toBe(false)
  })

  it('excuses only a caption after output printed as shown', () => {
    expect(differsByCaptionOnly('[0, 1]\n相当于：\n', '[0, 1]\n')).toBe(true)
    expect(differsByCaptionOnly('[0, 2]\n相当于：\n', '[0, 1]\n')).toBe(false)
    expect(differsByCaptionOnly('相当于：\n', '')).toBe(false)
    expect(differsByCaptionOnly('[0, 1]\n', '[0, 2]\n')).toBe(false)
  })
})
