import { describe, expect, it } from 'vitest'
import {
  differsInSetOrderOnly,
  poppedInOtherOrder,
} from '../../src/verify/compare/varying/set-order.js'

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

  it('is false for a dict view in another order: views keep the dict’s insertion order', () => {
    expect(differsInSetOrderOnly("dict_keys(['x', 'y'])", "dict_keys(['y', 'x'])")).toBe(false)
    expect(differsInSetOrderOnly('dict_values([1, 2])', 'dict_values([2, 1])')).toBe(false)
    expect(
      differsInSetOrderOnly("dict_items([('x', 1), ('y', 2)])", "dict_items([('y', 2), ('x', 1)])"),
    ).toBe(false)
    // A set inside a view's element still varies.
    expect(differsInSetOrderOnly("dict_values([{'a', 'b'}])", "dict_values([{'b', 'a'}])")).toBe(
      true,
    )
  })
})

describe('poppedInOtherOrder', () => {
  const source = [">>> a = set('hi')", '>>> a.pop()', "'i'", '>>> a.pop()', "'h'"]
  it('takes the elements a set of strings popped in another order for its hash order', () => {
    const examples = [
      { line: 0, ok: true },
      { line: 1, ok: false, want: "'i'\n", got: "'h'\n" },
      { line: 3, ok: false, want: "'h'\n", got: "'i'\n" },
    ]
    expect(poppedInOtherOrder(examples, source, true)).toEqual([1, 3])
    // Without a set of strings built, the order is Python's own and fixed.
    expect(poppedInOtherOrder(examples, source, false)).toBeUndefined()
  })

  it('keeps an element the set never held, and any other example, a failure', () => {
    const wrong = [
      { line: 1, ok: false, want: "'i'\n", got: "'h'\n" },
      { line: 3, ok: false, want: "'x'\n", got: "'i'\n" },
    ]
    expect(poppedInOtherOrder(wrong, source, true)).toBeUndefined()
    const other = [
      { line: 0, ok: false, want: '', got: 'NameError\n' },
      { line: 1, ok: false, want: "'i'\n", got: "'h'\n" },
    ]
    expect(poppedInOtherOrder(other, source, true)).toBeUndefined()
  })
})
