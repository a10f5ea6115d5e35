import { describe, expect, it } from 'vitest'
import { stoppedAtLine, undocumentedErrorLine } from '../../src/verify/judge/raised-line.js'
import { callsWithString } from '../../src/verify/read/not-checkable/shown/typo-calls.js'
import type { SampleRun } from '../../src/verify/run/job.js'
import { sampleOf } from './sample-of.js'

const failed = (output: string): SampleRun => ({
  exitCode: 1,
  signal: null,
  output,
  timedOut: false,
  truncated: false,
  durationMs: 1,
  startError: undefined,
})

describe('the line an undocumented error is reported at', () => {
  it('is a JavaScript statement’s on one line, from its stack', () => {
    const sample = sampleOf(
      'js',
      "const b = Buffer.from('x', 'utf-8 ')\nconsole.log(b)\n// <Buffer 78>",
      '<Buffer 78>',
    )
    const output =
      '/tmp/s.js:1\nTypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: utf-8 \n    at Object.<anonymous> (/tmp/s.js:1:18)\n'
    expect(undocumentedErrorLine(sample, failed(output), '/tmp/s.js')).toBe(1)
  })

  it('is where a `const` is assigned, inside a function too', () => {
    const sample = sampleOf(
      'js',
      'function* fibs() {\n  const a = 0\n  while (true) {\n    yield a\n    a = a + 1\n  }\n}\nconst [x, y] = fibs()\nconsole.log(y) // 1',
      '1',
    )
    const output =
      '/tmp/s.js:5\n    a = a + 1\n      ^\n\nTypeError: Assignment to constant variable.\n    at fibs (/tmp/s.js:5:7)\n'
    expect(undocumentedErrorLine(sample, failed(output), '/tmp/s.js')).toBe(5)
  })

  it('is not taken from a stack for an expression over several lines', () => {
    const sample = sampleOf('js', 'const b = [1]\n  .map((x) => x.y.z)\nconsole.log(b)', '[1]')
    const output = 'TypeError: x\n    at Object.<anonymous> (/tmp/s.js:1:3)\n'
    expect(undocumentedErrorLine(sample, failed(output), '/tmp/s.js')).toBeUndefined()
  })

  it('is where a name never defined is read, in a statement over several lines', () => {
    const sample = sampleOf(
      'js',
      "function Person(name) { this.name = name }\nvar global = Peson('global'),\n  ming = new Person('ming')\nconsole.log(ming.name) // 'ming'",
      "'ming'",
    )
    const output =
      "/tmp/s.js:2\nvar global = Peson('global'),\n             ^\n\nReferenceError: Peson is not defined\n    at /tmp/s.js:2:14\n"
    expect(undocumentedErrorLine(sample, failed(output), '/tmp/s.js')).toBe(2)
    const 中文 = sampleOf('js', 'const 总价 = [\n  单价 * 2,\n]\nconsole.log(总价) // [4]', '[4]')
    const stack = 'ReferenceError: 单价 is not defined\n    at /tmp/s.js:2:3\n'
    expect(undocumentedErrorLine(中文, failed(stack), '/tmp/s.js')).toBe(2)
  })

  it('is left to the comparison when the post shows an error', () => {
    const sample = sampleOf('js', 'null.x', 'TypeError: boom')
    const output = 'TypeError: y\n    at Object.<anonymous> (/tmp/s.js:1:1)\n'
    expect(undocumentedErrorLine(sample, failed(output), '/tmp/s.js')).toBeUndefined()
  })
})

describe('a call whose string a full-width quote closes', () => {
  it('is code with a typo, not a line of prose', () => {
    expect(callsWithString('print(msg,"执行完毕，耗时%0.2f”%（t_stop-t_start))')).toBe(true)
    expect(callsWithString('在这里写下处理消息的代码，完成后返回结果')).toBe(false)
    expect(callsWithString('调用(参数一，参数二)')).toBe(false)
  })
})

describe('the line a run with another exit code stopped at', () => {
  it('is where a JavaScript syntax error stopped the parser', () => {
    const sample = sampleOf('js', 'const a = 1\nconsole.log(a)\nconst a = 2')
    const output =
      "/tmp/s.js:3\nconst a = 2\n      ^\n\nSyntaxError: Identifier 'a' has already been declared\n"
    expect(stoppedAtLine(sample, failed(output), '/tmp/s.js')).toBe(3)
  })

  it('is a shell’s last line for an error found at the end of the file', () => {
    const sample = sampleOf('bash', 'unset A\n[ -n "$A" ] && { echo \'big\'}')
    const output = '/tmp/s.sh: line 19: syntax error: unexpected end of file\n'
    expect(stoppedAtLine(sample, { ...failed(output), exitCode: 2 }, '/tmp/s.sh')).toBe(2)
    const named = '/tmp/s.sh: line 1: foo: command not found\n'
    expect(stoppedAtLine(sample, failed(named), '/tmp/s.sh')).toBe(1)
  })
})
