import { describe, expect, it } from 'vitest'
import { readMarkedOutput } from '../../src/verify/run/marked-output.js'

describe('the output of a session split at its markers', () => {
  it('gives each sample what it printed and the exit code its end marker says', () => {
    const [first, second] = readMarkedOutput('one\nM:end:0:0\ntwo\nM:end:1:3\n', 'M', 2)
    expect(first).toMatchObject({ output: 'one', exitCode: 0 })
    expect(second).toMatchObject({ output: 'two', exitCode: 3 })
  })

  it('takes no marker from the code an error message quotes', () => {
    // Node shows the line that threw, and the instrumenting wrote an end marker's print on it.
    const shown = [
      'M:end:0:0',
      '<sample>:1',
      'f(self);console.log("M:end:1:0");',
      '  ^',
      '',
      'ReferenceError: self is not defined',
      "process.stdout.write('\\nM:part:1:0:end\\n');",
    ].join('\n')
    const [, second] = readMarkedOutput(shown, 'M', 2)
    expect(second?.exitCode).toBeUndefined()
    expect(second?.output).toContain('ReferenceError: self is not defined')
    expect(second?.output).toContain('console.log("M:end:1:0")')
  })
})
