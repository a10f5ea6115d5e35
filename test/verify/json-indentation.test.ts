import { describe, expect, it } from 'vitest'
import {
  showsIndentedJson,
  withoutSharedIndent,
} from '../../src/verify/compare/values/json-indentation.js'

const printed = '{\n    "name": "Tom",\n    "age": 3\n}\n'

describe('showsIndentedJson', () => {
  it('holds for indented JSON the comment lays out line for line', () => {
    expect(showsIndentedJson(['{', '  "name": "Tom",', '  "age": 3', '}'], printed)).toBe(true)
  })

  it('does not hold for a value on one line, an object as Node shows it, or JSON on one line', () => {
    expect(showsIndentedJson(['{"name": "Tom", "age": 3}'], printed)).toBe(false)
    expect(
      showsIndentedJson(['{', "  name: 'Tom',", '  age: 3', '}'], "{\n  name: 'Tom',\n  age: 3\n}"),
    ).toBe(false)
    expect(showsIndentedJson(['{"a":1}'], '{"a":1}')).toBe(false)
  })

  it('does not hold for a long array of numbers Node groups several a line', () => {
    const node = '[\n   1,  2, 3, 4,  5,\n   6,  7, 8, 9, 10,\n  11, 12\n]'
    const comment = ['[', '  1,  2, 3, 4,  5,', '  6,  7, 8, 9, 10,', ' 11, 12', ']']
    expect(showsIndentedJson(comment, node)).toBe(false)
    // One item a line, strings holding commas too, is JSON's layout.
    const json = '[\n  "a, b",\n  "c"\n]'
    expect(showsIndentedJson(['[', '  "a, b",', '  "c"', ']'], json)).toBe(true)
  })
})

describe('withoutSharedIndent', () => {
  it("takes the indentation each side's lines share off them", () => {
    const step = withoutSharedIndent([' {', '     "a": 1', ' }'], ['{', '    "a": 1', '}'])
    expect(step('     "a": 1', 'expected')).toBe('    "a": 1')
    expect(step('    "a": 1', 'actual')).toBe('    "a": 1')
  })
})
