import { describe, expect, it } from 'vitest'
import { methodExcerptAt } from '../../src/verify/read/not-checkable/method-excerpts.js'
import { sampleOf } from './sample-of.js'

const refused = "SyntaxError: Unexpected token '{'"

describe('a method quoted out of its class', () => {
  it('is notation when its body uses this, or it is a constructor or accessor', () => {
    const method = sampleOf('js', 'resolve(x) {\n  this.value = x', '', 10)
    expect(methodExcerptAt(method, refused, 1)).toBe(
      'a method quoted out of its class (`resolve(x) {`) at line 11',
    )
    expect(methodExcerptAt(sampleOf('js', 'constructor() {\n}'), refused, 1)).toBeDefined()
    expect(methodExcerptAt(sampleOf('js', 'get size() {\n  return 1\n}'), refused, 1)).toBeDefined()
  })

  it('is a failure for a function missing its keyword, a statement, or another line', () => {
    const plain = sampleOf('js', 'greet(name) {\n  return name\n}')
    expect(methodExcerptAt(plain, refused, 1)).toBeUndefined()
    expect(methodExcerptAt(sampleOf('js', 'if (x) {\n  this.a = 1'), refused, 1)).toBeUndefined()
    expect(methodExcerptAt(sampleOf('js', 'f(x) {\n  this.a = 1\n}'), refused, 2)).toBeUndefined()
    expect(methodExcerptAt(sampleOf('python', 'f(x) {\n  this.a = 1'), refused, 1)).toBeUndefined()
  })
})
