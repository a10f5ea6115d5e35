import { describe, expect, it } from 'vitest'
import { groupRun } from '../../src/render/slides/slide-groups.js'

const run = (heights: number[], depths: number[] = heights.map(() => 2)) =>
  heights.map((height, index) => ({ height, introduces: false, depth: depths[index] ?? 2 }))

describe('groupRun', () => {
  it('finds the fewest slides where cutting greedily at the even share would leave each section alone', () => {
    // The last section, one line, shares the slide of the one before it.
    expect(groupRun(run([500, 200, 400, 200, 500, 120]), 640, 160)).toEqual([
      [0],
      [1, 2],
      [3],
      [4, 5],
    ])
  })

  it('leaves no slide nearly empty when another grouping of as many slides does not', () => {
    expect(groupRun(run([300, 300, 100, 300]), 640, 160)).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('starts a slide at a shallower section rather than showing it inside another', () => {
    // `### A.2` then `## B` and `### B.1`: B heads its own slide.
    expect(groupRun(run([300, 200, 200, 200], [2, 3, 2, 3]), 640, 160)).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('never ends a slide with a section introducing the next, but for the last', () => {
    // Evener would be 200 + 200, then 400; but the second section's last line introduces the third.
    const entries = run([200, 200, 400]).map((entry, index) => ({
      ...entry,
      introduces: index === 1,
    }))
    expect(groupRun(entries, 640, 160)).toEqual([[0], [1, 2]])
    expect(groupRun(run([200, 200, 400]), 640, 160)).toEqual([[0, 1], [2]])
  })

  it('carries a lead-in onto the slide of what it introduces, even when fuller than planned', () => {
    // "…some text-based applications:" then the first of them, as tall as a slide.
    const entries = run([370, 135, 640], [2, 2, 3]).map((entry, index) => ({
      ...entry,
      introduces: index === 1,
    }))
    expect(groupRun(entries, 640, 160)).toEqual([[0], [1, 2]])
  })
})
