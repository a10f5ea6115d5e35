import { describe, expect, it } from 'vitest'
import { callsPrintingFunction } from '../../src/verify/read/outputs/fences/printing-calls.js'

describe('calls of a function an earlier sample defines to print', () => {
  const person =
    "def person(name, age, **kw):\n    print('name:', name, 'age:', age, 'other:', kw)\n"

  it('finds a Python or JavaScript function whose body prints', () => {
    expect(callsPrintingFunction("person('Bob', 35, city='Beijing')", [person])).toBe(true)
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a JavaScript sample
    const greet = 'function greet(name) {\n  console.log(`你好，${name}`)\n}\n'
    expect(callsPrintingFunction("greet('小明')", [greet])).toBe(true)
  })

  it('leaves alone a function that only returns, one not defined above, and a value', () => {
    const square = 'def square(x):\n    return x * x\n\nprint(square(2))\n'
    expect(callsPrintingFunction('square(3)', [square])).toBe(false)
    expect(callsPrintingFunction("person('Bob', 35)", [])).toBe(false)
    expect(callsPrintingFunction('[x * x for x in range(3)]', [person])).toBe(false)
  })
})
