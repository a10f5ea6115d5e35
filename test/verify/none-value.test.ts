import { describe, expect, it } from 'vitest'
import { noneShownAsNothing } from '../../src/verify/compare/empty-output.js'
import type { OutputPart } from '../../src/verify/read/outputs/documented-output.js'

const part = (lines: string[], value = true): OutputPart => ({
  from: 2,
  to: 2,
  value,
  lines,
  lineNumbers: [9],
})

describe("an expression's value None written as a print shows it", () => {
  it('matches the nothing the REPL shows for it', () => {
    expect(noneShownAsNothing(part(['None']), '')).toBe(true)
    expect(noneShownAsNothing(part([' None ']), '\n')).toBe(true)
  })

  it('does not match another value, a print of nothing, or anything shown', () => {
    expect(noneShownAsNothing(part(['None']), '4\n')).toBe(false)
    expect(noneShownAsNothing(part(['None'], false), '')).toBe(false)
    expect(noneShownAsNothing(part(['null']), '')).toBe(false)
  })
})
