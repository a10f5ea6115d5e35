import { describe, expect, it } from 'vitest'
import { awkProgramAt } from '../../src/verify/read/not-checkable/shown/awk-programs.js'
import { sampleOf } from './sample-of.js'

describe('awkProgramAt', () => {
  it('reads awk rules in a shell fence as an awk program (English, Chinese comments)', () => {
    const sum = sampleOf('bash', '{ total += $2 }\nEND { print total, total/NR }', '', 10)
    expect(awkProgramAt(sum)).toBe(
      'the fence holds an awk program (`{ total += $2 }`), not shell commands',
    )
    const patterns = sampleOf('sh', '/^#/ { next }     # 跳过注释行\n/错误/ { print $0 }', '', 10)
    expect(awkProgramAt(patterns)).toContain('(`/^#/ { next }`)')
    const actions = sampleOf('bash', '# 动作示例\n{ print $0; }\n{ a=$1; b=$0 }\n{ c[$1] = $2 }')
    expect(awkProgramAt(actions)).toContain('(`{ a=$1; b=$0 }`)')
  })

  it('leaves shell scripts, also those calling awk with a quoted program', () => {
    const calls = sampleOf('bash', "awk '\n  BEGIN { n = 0 }\n  { n += $2 }\n' data.txt")
    expect(awkProgramAt(calls)).toBeUndefined()
    const group = sampleOf('bash', 'cd /tmp\n{ echo a; echo b; } > out.txt')
    expect(awkProgramAt(group)).toBeUndefined()
    const fn = sampleOf('bash', 'greet() { echo hi }\ngreet')
    expect(awkProgramAt(fn)).toBeUndefined()
    const python = sampleOf('py', 'BEGIN { print 1 }')
    expect(awkProgramAt(python)).toBeUndefined()
  })
})
