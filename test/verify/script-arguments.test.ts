import { describe, expect, it } from 'vitest'
import { scriptArgumentLine } from '../../src/verify/read/not-checkable/needs/script-arguments.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const sample = (code: string, language = 'bash'): Sample =>
  ({ code, runner: runnerFor(language), line: 1 }) as unknown as Sample

describe('scriptArgumentLine', () => {
  it('finds a command-line argument read outside any function', () => {
    expect(scriptArgumentLine(sample('#!/bin/bash\nn1=$1\necho $n1'))).toBe(2)
    expect(scriptArgumentLine(sample('echo "First: "${1}'))).toBe(1)
    expect(scriptArgumentLine(sample('f() {\n  echo $1\n}\nn=$2\nf $n'))).toBe(4)
  })

  it('leaves arguments a function reads, ones the script sets, quoted or commented ones, and other languages', () => {
    expect(scriptArgumentLine(sample('f() {\n  echo $1\n}\nf a'))).toBeUndefined()
    expect(scriptArgumentLine(sample('set -- a b\necho $1'))).toBeUndefined()
    expect(scriptArgumentLine(sample("echo '$1 costs'\n# uses $2"))).toBeUndefined()
    expect(scriptArgumentLine(sample('print("$1")', 'python'))).toBeUndefined()
  })
})
