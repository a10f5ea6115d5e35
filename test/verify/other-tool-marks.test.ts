import { describe, expect, it } from 'vitest'
import { skipMarkOfOtherTool } from '../../src/verify/read/annotations.js'

describe('marks other doc-testing tools put before a fence', () => {
  it('reads their marks to skip a block', () => {
    expect(skipMarkOfOtherTool('<!--pytest.mark.skip-->')).toBe(true)
    expect(skipMarkOfOtherTool('<!-- pytest.mark.skip(reason="draft syntax") -->')).toBe(true)
    expect(skipMarkOfOtherTool('<!--pytest-codeblocks:skip-->')).toBe(true)
    expect(skipMarkOfOtherTool('<!-- skip: next -->')).toBe(true)
    expect(skipMarkOfOtherTool('<!--phmdoctest-skip-->')).toBe(true)
  })

  it('leaves conditions and other comments alone', () => {
    expect(skipMarkOfOtherTool('<!--pytest.mark.skipif(sys.version_info < (3, 8))-->')).toBe(false)
    expect(skipMarkOfOtherTool('<!--pytest.mark.xfail-->')).toBe(false)
    expect(skipMarkOfOtherTool('<!-- more -->')).toBe(false)
    expect(skipMarkOfOtherTool('<!-- skip the next part if you know it -->')).toBe(false)
  })
})
