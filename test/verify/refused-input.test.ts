import { describe, expect, it } from 'vitest'
import { refusedInput, takingFrom } from '../../src/verify/run/refused-input.js'
import { sampleOf } from './sample-of.js'

const path = '/tmp/postdeck-x/sample.js'
const refusal = (line: number) =>
  `${path}:${line}\n  constructor(...args) {\n\nSyntaxError: Identifier 'Label' has already been declared\n`

describe('refusedInput', () => {
  it('finds the input whose piece holds the line Node refused', () => {
    expect(refusedInput(refusal(12), 'm-1', path, [9, 10, 3])).toBe(1)
    expect(refusedInput(refusal(21), 'm-1', path, [9, 10, 3])).toBe(2)
  })

  it('reads the URL a module names its file by', () => {
    const module = `file://${path.replace('.js', '.mjs')}:16\n...\n^^^\n\nSyntaxError: Unexpected token '...'\n`
    expect(refusedInput(module, 'm-1', path.replace('.js', '.mjs'), [15, 3])).toBe(1)
  })

  it('leaves a refusal of the first input, a run that printed its marker and other errors', () => {
    expect(refusedInput(refusal(4), 'm-1', path, [9, 10])).toBeUndefined()
    expect(refusedInput(`m-1:end:0:0\n${refusal(12)}`, 'm-1', path, [9, 10])).toBeUndefined()
    expect(refusedInput(`${path}:12\nTypeError: x is not a function`, 'm-1', path, [9, 10])).toBe(
      undefined,
    )
  })
})

describe('takingFrom', () => {
  it('collects the samples taking names from the refused one, in turn', () => {
    const a = sampleOf('js', 'class A {}', '', 1)
    const b = { ...sampleOf('js', 'class B extends A {}', '', 5), needs: [a.id] }
    const c = { ...sampleOf('js', 'new B()', '', 9), needs: [b.id] }
    const d = sampleOf('js', 'new Date()', '', 12)
    expect([...takingFrom([a, b, c, d], b)].map((sample) => sample.line)).toEqual([5, 9])
  })
})
