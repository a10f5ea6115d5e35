import { describe, expect, it } from 'vitest'
import { readsInput } from '../../src/verify/read/not-checkable/shown/pseudo-code.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const bash = runnerFor('bash')
if (!bash) throw new Error('no bash runner')
const sample = (code: string): Sample => ({ code, runner: bash, files: {} }) as unknown as Sample

describe('readsInput', () => {
  it("finds a function's indented `read`", () => {
    expect(readsInput(sample('double() {\n    read -p "Enter a value: " value\n}\ndouble'))).toBe(2)
    expect(readsInput(sample('read name\necho "$name"'))).toBe(1)
  })

  it('leaves a word ending in read alone', () => {
    expect(readsInput(sample('echo "not read"\nthread=1'))).toBeUndefined()
  })
})

describe('readsInput in Python', () => {
  const python = runnerFor('python')
  if (!python) throw new Error('no python runner')
  const script = (code: string): Sample =>
    ({ code, runner: python, files: {} }) as unknown as Sample

  it('finds `input` handed to `iter()`, which reads lines until the one given', () => {
    expect(
      readsInput(script('endstr = "end"\nfor line in iter(input, endstr):\n    print(line)')),
    ).toBe(2)
    expect(readsInput(script('inputs = [1]\nprint(inputs)'))).toBeUndefined()
  })
})
