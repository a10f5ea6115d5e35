import { describe, expect, it } from 'vitest'
import { callsPrintingFunction } from '../../src/verify/read/outputs/comments/shell-function-calls.js'

const code =
  'function func_1 {\n    echo "hello world 001"\n}\nfunc_1  ## hello world 001\n\nquiet() {\n    x=1\n}\nquiet # nothing\n'

describe('callsPrintingFunction', () => {
  it("is true for a call of the sample's function that echoes", () => {
    expect(callsPrintingFunction('func_1  ## hello world 001', code)).toBe(true)
  })

  it('is false for a function that prints nothing, an unknown command, or a pipeline', () => {
    expect(callsPrintingFunction('quiet # nothing', code)).toBe(false)
    expect(callsPrintingFunction('ls -l # list', code)).toBe(false)
    expect(callsPrintingFunction('func_1 | wc -l', code)).toBe(false)
  })
})
