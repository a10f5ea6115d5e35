import { describe, expect, it } from 'vitest'
import { noAnnotations } from '../../src/verify/read/annotations.js'
import { signatureLineAt } from '../../src/verify/read/not-checkable/shown/signature-lines.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

function sample(code: string, leadIn?: string): Sample {
  const runner = runnerFor('js')
  if (!runner) throw new Error('no runner for js')
  return {
    id: 'post.md:10',
    path: 'post.md',
    line: 10,
    language: 'js',
    runner,
    code,
    mode: 'compare',
    expected: undefined,
    files: {},
    expectedError: undefined,
    annotations: noAnnotations,
    needs: [],
    chain: 'post.md:10',
    ...(leadIn !== undefined && { leadIn }),
  }
}

const missing = (name: string) => `ReferenceError: ${name} is not defined\n    at <sample>:1`

describe('a sample listing signatures', () => {
  it('is a note at a line naming its parameters, under comments saying so', () => {
    const code =
      'string.startsWith(substring, position)\n// position is optional and defaults\n// to 0 index'
    expect(signatureLineAt(sample(code), missing('substring'), 1)).toMatch(
      /a signature naming its parameters \(`string\.startsWith\(substring, position\)`\) at line 11/,
    )
  })

  it.each([["Here's the syntax:"], ['语法如下：']])(
    'is a note under the lead-in "%s"',
    (leadIn) => {
      const code = 'array.slice(start, end)\narray.splice(start, deleteCount)'
      expect(signatureLineAt(sample(code, leadIn), missing('start'), 1)).toBeDefined()
    },
  )

  it.each([
    // Real code: a declaration, a print, a literal argument.
    ['const text = "abc";\ntext.startsWith(prefix) // optional position'],
    ['console.log(total) // the parameter'],
    ['text.padStart(5, filler) // optional'],
  ])('is none in real code: %j', (code) => {
    const name = /\((?:5, )?(\w+)\)/.exec(code)?.[1] ?? ''
    const line = code.split('\n').findIndex((text) => text.includes(`${name})`)) + 1
    expect(signatureLineAt(sample(code, 'The syntax:'), missing(name), line)).toBeUndefined()
  })

  it('is none when nothing presents it as a signature', () => {
    expect(signatureLineAt(sample('greet(name)'), missing('name'), 1)).toBeUndefined()
  })

  it('is a note when the missing name is the receiver, standing for any value', () => {
    const code = 'string.startsWith(substring) // optional'
    expect(signatureLineAt(sample(code), missing('string'), 1)).toBeDefined()
  })
})
