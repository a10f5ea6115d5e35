import { describe, expect, it } from 'vitest'
import { saidNotCode } from '../../src/verify/read/not-checkable/shown/said-not-code.js'
import { sampleOf } from './sample-of.js'

describe('a sample saying it is not code', () => {
  it.each([
    "function write() = 'text';\n// This is not the syntax for creating functions,\n// for explanation purposes.",
    'if x then y // pseudo-code',
    'function 写() = 1; // 伪代码，不是合法的语法',
  ])('is a note: %j', (code) => {
    expect(saidNotCode(sampleOf('js', code))).toMatch(/says it is not code to run/)
  })

  it.each([
    'const a = 1;\n// this is the syntax for arrow functions\nconst f = () => a',
    'console.log(total) // not defined yet',
  ])('is none for ordinary comments: %j', (code) => {
    expect(saidNotCode(sampleOf('js', code))).toBeUndefined()
  })
})
