import { describe, expect, it } from 'vitest'
import type { DocumentedOutput } from '../../src/verify/read/outputs/documented-output.js'
import { withoutReplTail } from '../../src/verify/read/outputs/fences/repl-tail.js'
import { type Runner, runnerFor } from '../../src/verify/runners.js'

const js = runnerFor('js') as Runner
const block = (lines: string[]): DocumentedOutput => ({
  kind: 'block',
  lines,
  lineNumbers: lines.map((_, index) => 10 + index),
  reason: 'output block',
})

describe('withoutReplTail', () => {
  it("leaves out the REPL's prompt and the `undefined` it echoes for a statement that prints", () => {
    const code = 'let t = ["a", "b"];\nt.forEach((x) => console.log(x));'
    expect(withoutReplTail(block(['a', 'b', 'undefined', '>']), code, js)?.lines).toEqual([
      'a',
      'b',
    ])
  })

  it("keeps a value's display, and a block that does not end at the prompt", () => {
    const code = 'let t = ["a"];\nt.map((x) => x.toUpperCase());'
    expect(withoutReplTail(block(["[ 'A' ]", '>']), code, js)?.lines).toEqual(["[ 'A' ]"])
    const printed = 'console.log("a");\nconsole.log(undefined);'
    expect(withoutReplTail(block(['a', 'undefined']), printed, js)?.lines).toEqual([
      'a',
      'undefined',
    ])
  })
})
