import { describe, expect, it } from 'vitest'
import { environmentVariableRead } from '../../src/verify/judge/environment-reads.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const sample = (code: string, language = 'js') => ({ code, runner: runnerFor(language) }) as Sample

describe('environmentVariableRead', () => {
  it('names the variable a JavaScript statement reads and the sample does not set', () => {
    const code = 'console.log(process.env.PORT) // "3000"'
    expect(environmentVariableRead(sample(code), [code], { from: 1, to: 1 })).toBe('PORT')
    const quoted = "console.log(process.env['USER_ID'])"
    expect(environmentVariableRead(sample(quoted), [quoted], { from: 1, to: 1 })).toBe('USER_ID')
  })

  it('names none the sample sets, none in comments, none in Python', () => {
    const lines = ["process.env.CITY = 'x'", 'console.log(process.env.CITY)']
    expect(environmentVariableRead(sample(lines.join('\n')), lines, { from: 2, to: 2 })).toBe(
      undefined,
    )
    const comment = 'console.log(1) // process.env.PORT'
    expect(environmentVariableRead(sample(comment), [comment], { from: 1, to: 1 })).toBe(undefined)
    const python = "print(os.environ['HOME'])"
    expect(
      environmentVariableRead(sample(python, 'python'), [python], { from: 1, to: 1 }),
    ).toBeUndefined()
  })
})
