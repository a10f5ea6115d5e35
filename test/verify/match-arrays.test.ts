import { describe, expect, it } from 'vitest'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'

describe('a match array shown without `groups`', () => {
  const node = "[ '10.53', '.53', index: 1, input: '$10.53', groups: undefined ]"

  it('reads a display of an engine older than named groups as Node’s, which adds `groups: undefined`', () => {
    expect(sameValueDisplay('["10.53", ".53", index: 1, input: "$10.53"]', node)).toBe(true)
    expect(sameValueDisplay("[ '10.53', '.53', index: 1, input: '$10.53' ]", node)).toBe(true)
  })

  it('still compares the match, its index and its named groups', () => {
    expect(sameValueDisplay('["10.53", ".5", index: 1, input: "$10.53"]', node)).toBe(false)
    expect(sameValueDisplay('["10.53", ".53", index: 0, input: "$10.53"]', node)).toBe(false)
    const named =
      "[ '2024', '2024', index: 0, input: '2024', groups: [Object: null prototype] { y: '2024' } ]"
    expect(sameValueDisplay("['2024', '2024', index: 0, input: '2024']", named)).toBe(false)
  })
})

describe('a match array written with its elements only', () => {
  const node = "[ 'cat', index: 0, input: 'cat', groups: undefined ]"

  it('reads it as Firefox shows an array collapsed, without index, input and groups', () => {
    expect(sameValueDisplay("['cat']", node)).toBe(true)
    expect(
      sameValueDisplay('["100"]', "[ '100', index: 0, input: '100%', groups: undefined ]"),
    ).toBe(true)
    expect(
      sameValueDisplay(
        '["", "1", "053"]',
        "[ '', '1', '053', index: 4, input: '1053', groups: undefined ]",
      ),
    ).toBe(true)
  })

  it('still compares every element, and a plain array keeps its length', () => {
    expect(sameValueDisplay("['dog']", node)).toBe(false)
    expect(sameValueDisplay("['cat', 'c']", node)).toBe(false)
    expect(sameValueDisplay("['a']", "[ 'a', 'b' ]")).toBe(false)
    expect(sameValueDisplay("['cat']", 'null')).toBe(false)
  })
})
