import { describe, expect, it } from 'vitest'
import { compareUnquoted } from '../../src/verify/compare/values/unquoted-strings.js'
import { assignedValue } from '../../src/verify/read/outputs/comments/repl-values.js'
import { runnerFor } from '../../src/verify/runners.js'

const javascript = runnerFor('js')
const python = runnerFor('python')

describe("a string's value written without quotes on its assignment", () => {
  it('is read from words alone, in JavaScript only', () => {
    if (!javascript || !python) throw new Error('no runner')
    const statement = {
      from: 1,
      to: 1,
      start: 0,
      end: 29,
      text: 'const sub = s.substring(5, 8)',
      expression: false,
    }
    expect(assignedValue(statement, 'wor', javascript)).toEqual({
      name: 'sub',
      text: 'wor',
      unquoted: true,
    })
    expect(assignedValue({ ...statement, text: 'sub = s[5:8]' }, 'wor', python)).toBeUndefined()
    // Code or a sentence is no such value, nor words on an assignment of no string.
    expect(assignedValue(statement, 'see the next example below here', javascript)).toBeUndefined()
    expect(
      assignedValue({ ...statement, text: 'let c = 2' }, 'two of them', javascript),
    ).toBeUndefined()
    expect(
      assignedValue({ ...statement, text: "const s = 'Ada'" }, 'Ada', javascript),
    ).toMatchObject({
      unquoted: true,
    })
  })

  it('matches the string, spaces around it aside', () => {
    expect(compareUnquoted('world', "' world'", 12)?.ok).toBe(true)
  })

  it.each([
    ['wor', "' wo'"],
    ['Hello', "'hello'"],
    ['worlds', "'world'"],
  ])('fails as %j for the value %s, spelt nearly so', (comment, shown) => {
    const comparison = compareUnquoted(comment, shown, 12)
    expect(comparison?.ok).toBe(false)
    expect(comparison?.diff[0]).toEqual({ kind: 'expected', text: comment, line: 12 })
  })

  it.each([
    ['the label', "'Ada'"],
    ['counter', '0'],
    ['items', "[ 'a' ]"],
  ])('is a remark, not compared, as %j for %s', (comment, shown) => {
    expect(compareUnquoted(comment, shown, 12)).toBeUndefined()
  })
})
