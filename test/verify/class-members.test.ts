import { describe, expect, it } from 'vitest'
import { syntaxTemplateAt } from '../../src/verify/read/not-checkable/shown/syntax-templates.js'
import { sampleOf } from './sample-of.js'

const refused = "SyntaxError: Unexpected token '{'"

describe('a method quoted out of its class', () => {
  it('is notation when its body uses this, or it is a constructor', () => {
    const method = sampleOf('js', 'resolve(x) {\n  this.value = x', '', 10)
    expect(syntaxTemplateAt(method, refused, 1)).toBe(
      'a class member shown outside its class (`resolve(x) {`) at line 11',
    )
    expect(syntaxTemplateAt(sampleOf('js', 'constructor() {\n}'), refused, 1)).toBeDefined()
  })

  it('is a failure for a function missing its keyword, a statement, or a method in an object', () => {
    const plain = sampleOf('js', 'greet(name) {\n  return name\n}')
    expect(syntaxTemplateAt(plain, refused, 1)).toBeUndefined()
    expect(syntaxTemplateAt(sampleOf('js', 'if (x) {\n  this.a = 1'), refused, 1)).toBeUndefined()
    const object = sampleOf('js', 'const o = {\n  a: 1\n  f(x) {\n    this.a = x\n  }\n}')
    expect(syntaxTemplateAt(object, refused, 3)).toBeUndefined()
  })
})
