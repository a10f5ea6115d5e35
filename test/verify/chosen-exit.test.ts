import { describe, expect, it } from 'vitest'
import { exitsAsWritten } from '../../src/verify/judge/chosen-exit.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const bash = runnerFor('bash')
const python = runnerFor('python')
if (!bash || !python) throw new Error('runners missing')
const sample = (code: string, runner = bash): Sample => ({ code, runner }) as unknown as Sample

describe('exitsAsWritten', () => {
  it('is true for the status of an `exit N` of the code', () => {
    expect(exitsAsWritten(sample('f() {\n    echo hi\n    exit 5\n}\nf'), 5)).toBe(true)
    expect(exitsAsWritten(sample('[ -f x ] || exit 3'), 3)).toBe(true)
  })

  it('is false for another status, a success, or a Python sample', () => {
    expect(exitsAsWritten(sample('exit 5'), 1)).toBe(false)
    expect(exitsAsWritten(sample('exit 0'), 0)).toBe(false)
    expect(exitsAsWritten(sample('echo "exit 2"\nfalse'), 1)).toBe(false)
    expect(exitsAsWritten(sample('import sys\nsys.exit(2)', python), 2)).toBe(false)
  })
})
