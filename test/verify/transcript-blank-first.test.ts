import { describe, expect, it } from 'vitest'
import { comparePart } from '../../src/verify/compare/compare-parts.js'

const options = { samplePath: '', tolerance: undefined, unordered: false }
/** A command's part of a `$` transcript, its output shown under it. */
const shown = (lines: string[]) => ({
  from: 1,
  to: 1,
  value: false,
  asShown: true,
  lines,
  lineNumbers: lines.map((_, index) => index + 2),
})

describe('a transcript command printing a blank line first', () => {
  it('matches the lines shown under it, the blank line being the page spacing', () => {
    const found = shown(['Found the -a option', 'Found the -b option'])
    expect(
      comparePart(found, '\nFound the -a option\nFound the -b option', undefined, options)?.ok,
    ).toBe(true)
  })

  it('still differs on a blank line among the lines, and on other lines', () => {
    const found = shown(['Found the -a option', 'Found the -b option'])
    expect(
      comparePart(found, 'Found the -a option\n\nFound the -b option', undefined, options)?.ok,
    ).toBe(false)
    expect(comparePart(found, '\nFound the -a option', undefined, options)?.ok).toBe(false)
  })
})
