import { describe, expect, it } from 'vitest'
import { dictOrderClaimedUnordered } from '../../src/verify/compare/varying/claimed-unordered.js'

describe('dictOrderClaimedUnordered', () => {
  it('lets a dict shown in another order pass where the input says its keys are unordered', () => {
    const want = "{'a': 1, 'c': 3, 'b': 2}\n"
    const got = "{'a': 1, 'b': 2, 'c': 3}\n"
    expect(dictOrderClaimedUnordered('>>> d # dict的Key是无序的', want, got)).toBe(true)
    expect(dictOrderClaimedUnordered('>>> d  # keys are unordered', want, got)).toBe(true)
  })

  it('still fails another value, another order without the comment, and an ordered dict', () => {
    const got = "{'a': 1, 'b': 2, 'c': 3}\n"
    expect(dictOrderClaimedUnordered('>>> d', "{'a': 1, 'c': 3, 'b': 2}", got)).toBe(false)
    expect(dictOrderClaimedUnordered('>>> d # 无序', "{'a': 1, 'c': 4, 'b': 2}", got)).toBe(false)
    expect(dictOrderClaimedUnordered('>>> od # 有序的', "{'a': 1, 'c': 3, 'b': 2}", got)).toBe(
      false,
    )
    expect(
      dictOrderClaimedUnordered(
        '>>> od # 无序',
        "OrderedDict([('a', 1), ('c', 3)])",
        "OrderedDict([('c', 3), ('a', 1)])",
      ),
    ).toBe(false)
  })
})
