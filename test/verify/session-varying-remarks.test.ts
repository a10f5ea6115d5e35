import { describe, expect, it } from 'vitest'
import { sessionVaryingKinds } from '../../src/verify/compare/varying/session-varying.js'

describe("a varying result with the author's comment lines under it", () => {
  it("varies in the result alone, the comment lines being the author's", () => {
    const example = {
      ok: false,
      want: '140443303131776\n# the address changed\n# 重新赋值之后，内存地址已经变了\n',
      got: '140581285663664\n',
    }
    expect(sessionVaryingKinds(example)).toEqual(['object id'])
  })

  it('still differs when the run printed a `#` line, or the result itself differs', () => {
    expect(
      sessionVaryingKinds({
        ok: false,
        want: '140443303131776\n# x\n',
        got: '140581285663664\n# y\n',
      }),
    ).toBeUndefined()
    expect(
      sessionVaryingKinds({ ok: false, want: '[1, 2]\n# the list\n', got: '[1, 3]\n' }),
    ).toBeUndefined()
  })
})
