import { describe, expect, it } from 'vitest'
import { differsInSetOrderOnly } from '../../src/verify/compare/set-order.js'

describe('differsInSetOrderOnly', () => {
  it('is true for the same set elements in another order, nested or frozen', () => {
    expect(differsInSetOrderOnly("{'a', 'b', 1}\n", "{1, 'b', 'a'}\n")).toBe(true)
    expect(differsInSetOrderOnly("frozenset({'x', 'y'})", "frozenset({'y', 'x'})")).toBe(true)
    expect(differsInSetOrderOnly("[{'a', 'b'}, 2]", "[{'b', 'a'}, 2]")).toBe(true)
    expect(differsInSetOrderOnly("{'a, b', 'c'}", "{'c', 'a, b'}")).toBe(true)
  })

  it('is false for dicts, lists, other elements and equal lines', () => {
    expect(differsInSetOrderOnly("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}")).toBe(false)
    expect(differsInSetOrderOnly("['a', 'b']", "['b', 'a']")).toBe(false)
    expect(differsInSetOrderOnly("{'a', 'b'}", "{'a', 'c'}")).toBe(false)
    expect(differsInSetOrderOnly("{'a', 'b'}", "{'a', 'b'}")).toBe(false)
    expect(differsInSetOrderOnly("{'a', 'b'", "{'b', 'a'")).toBe(false)
  })
})
