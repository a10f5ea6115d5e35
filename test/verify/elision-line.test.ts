import { describe, expect, it } from 'vitest'
import { pseudoCodeAt } from '../../src/verify/read/not-checkable/shown/pseudo-code.js'
import { sampleOf } from './sample-of.js'

const samplePath = '/tmp/postdeck-x/sample.js'
const refused = (line: number, message: string) =>
  `${samplePath}:${line}\n    var this = {};\n        ^^^^\n\nSyntaxError: ${message}\n`

describe('pseudoCodeAt on a line that is only an elision', () => {
  const sketch = [
    'function Class() {',
    '    var this = {};',
    '    ...',
    '    return this;',
    '}',
  ].join('\n')

  it('reads the sketch as code left out, wherever the parser stopped', () => {
    expect(
      pseudoCodeAt(
        sampleOf('js', sketch, '', 10),
        refused(2, "Unexpected token 'this'"),
        samplePath,
      ),
    ).toBe('code left out (`...`) at line 13')
  })

  it('leaves Python, where `...` is a value, and a JavaScript error that is not a refusal', () => {
    expect(
      pseudoCodeAt(
        sampleOf('python', 'def f(:\n    ...', '', 10),
        '  File "/tmp/x/sample.py", line 1\nSyntaxError: invalid syntax',
        '/tmp/x/sample.py',
      ),
    ).toBeUndefined()
    expect(
      pseudoCodeAt(
        sampleOf('js', 'f()\n// more\nconsole.log(1)', '', 10),
        `${samplePath}:1\nReferenceError: f is not defined`,
        samplePath,
      ),
    ).toBeUndefined()
  })
})
