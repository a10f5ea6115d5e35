import { describe, expect, it } from 'vitest'
import {
  braced,
  documentsValueAfterPrints,
} from '../../src/verify/compare/comments/value-after-prints.js'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { withoutNodeInternals } from '../../src/verify/compare/errors/node-internals.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'
import { sessionVaryingKinds } from '../../src/verify/compare/varying/session-varying.js'
import { printRaisesNamedError } from '../../src/verify/read/error-claims/raised-by-print.js'
import { markedSummary } from '../../src/verify/read/outputs/comments/marked-summary.js'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'

describe('console and REPL forms of values', () => {
  it('reads Chrome’s bare symbol keys as Node’s bracketed ones', () => {
    const node = '{ a: 100, [Symbol(Symbol.iterator)]: 200 }'
    expect(sameValueDisplay('{a: 100, Symbol(Symbol.iterator): 200}', node)).toBe(true)
    expect(sameValueDisplay('{a: 100, Symbol(Symbol.iterator): 201}', node)).toBe(false)
    expect(sameValueDisplay('{a: 100, Symbol(other): 200}', node)).toBe(false)
  })

  it('compares a value comment with the value shown after what the call printed', () => {
    const shown = 'a x\n{ value: 2, done: false }\n'
    expect(documentsValueAfterPrints('value: 2, done: false', shown, 'a x\n')).toBe(true)
    expect(documentsValueAfterPrints('{ value: 2, done: false }', shown, 'a x\n')).toBe(true)
    expect(documentsValueAfterPrints('value: 3, done: false', shown, 'a x\n')).toBe(false)
    expect(braced('value: 1, done: true')).toBe('{value: 1, done: true}')
    expect(braced('the value is 1')).toBe('the value is 1')
  })

  it('reads a summary line of a loop’s values, not the words after it', () => {
    const body = ['打印出：100 200 300', '注意，这里每次获取的是值，而不是下标']
    expect(markedSummary(body, true)?.lines).toEqual(['100', '200', '300'])
    expect(markedSummary(body, false)?.lines).toEqual(['100 200 300'])
    expect(markedSummary(['prints: 1, 2', 'then the loop ends'], true)?.lines).toEqual(['1', '2'])
    expect(markedSummary(['打印出：100 200 300', '400'], true)).toBeUndefined()
    expect(markedSummary(['the loop prints every item', 'in order'], true)).toBeUndefined()
  })

  it('reads an error’s `Name: message` on a print as raised when the call cannot print it', () => {
    const comment = "AttributeError: 'A' object has no attribute '__x'"
    expect(printRaisesNamedError('print(a.__x)', comment, 'print(a.__x)')).toBe(true)
    expect(printRaisesNamedError("print(f'{type(e).__name__}: {e}')", comment, '')).toBe(false)
    const caught = 'try:\n    a.__x\nexcept AttributeError as err:\n    print(err)'
    expect(printRaisesNamedError('print(err)', comment, caught)).toBe(false)
    expect(printRaisesNamedError('print(a.x)', "'A' object", 'print(a.x)')).toBe(false)
  })

  it('reads an error’s name alone on a print as raised when the call cannot print it', () => {
    const line = 'console.log(typeof someLet); // ReferenceError'
    expect(printRaisesNamedError('console.log(typeof someLet)', 'ReferenceError', line)).toBe(true)
    expect(printRaisesNamedError('console.log(e.name)', 'TypeError', 'catch (e) {}')).toBe(false)
    expect(printRaisesNamedError('console.log(err)', 'TypeError', 'catch (err) {}')).toBe(false)
  })
})

describe('sessions', () => {
  it('notes a session result that differs only in today’s date and time', () => {
    const now = new Date()
    const month = now.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    const day = String(now.getUTCDate()).padStart(2, '0')
    const time = now.toISOString().slice(11, 19)
    const got = `"now='${month}/${day}/${now.getUTCFullYear()} - ${time}'"\n`
    const want = `# "now='Nov/14/2022 - 20:50:01'"\n`
    expect(sessionVaryingKinds({ ok: false, want, got }, now)).toEqual(['date', 'time'])
    const built = `"now='Nov/15/2022 - 20:50:01'"\n`
    expect(sessionVaryingKinds({ ok: false, want, got: built }, now)).toBeUndefined()
  })

  it('notes object ids printed on lines the post shows flush left, and fails other values', () => {
    const want = 'x: 140562586057840\nFinal x: 140562586057968\n'
    const got = 'x: 139678799781232\n  Final x: 139678804096976\n'
    expect(sessionVaryingKinds({ ok: false, want, got })).toEqual(['object id'])
    const other = 'x: 139678799781232\n  Last x: 139678804096976\n'
    expect(sessionVaryingKinds({ ok: false, want, got: other })).toBeUndefined()
    const indented = '  x: 140562586057840\n'
    expect(sessionVaryingKinds({ ok: false, want: indented, got: 'x: 1396787997812\n' })).toBe(
      undefined,
    )
  })

  it('compares every command of a shell session that shows empty output with bare prompts', () => {
    const shown = readShellTranscript('$ f 1 && echo true\n$\n\n$ f 2 && echo true\n$ true', 10)
    expect(shown.expected?.parts?.map((part) => [part.lines, part.lineNumbers])).toEqual([
      [[''], [12]],
      [[''], [15]],
      [[''], [16]],
    ])
    const plain = readShellTranscript('$ cd site\n$ ls\nindex.html', 10)
    expect(plain.expected?.parts?.map((part) => part.lines)).toEqual([['index.html']])
  })
})

describe('Node’s report of an uncaught error', () => {
  const crash = [
    '/tmp/s/sample.cjs:2',
    'cosole.log(1)',
    '^',
    '',
    'ReferenceError: cosole is not defined',
    '    at Object.<anonymous> (/tmp/s/sample.cjs:2:1)',
    '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
    '    at node:internal/main/run_main_module:28:49',
    '',
    'Node.js v22.11.0',
    '',
  ].join('\n')

  it('leaves out Node’s own frames and version, keeping the author’s', () => {
    expect(withoutNodeInternals(crash)).toBe(
      [
        '/tmp/s/sample.cjs:2',
        'cosole.log(1)',
        '^',
        '',
        'ReferenceError: cosole is not defined',
        '    at Object.<anonymous> (/tmp/s/sample.cjs:2:1)',
        '',
      ].join('\n'),
    )
  })

  it('shows no internal frame in the diff of a sample that crashed', () => {
    const expected = { kind: 'block' as const, lines: ['1'], lineNumbers: [5], reason: 'test' }
    const { diff } = compareOutput(expected, crash, { samplePath: '/tmp/s/sample.cjs' })
    expect(diff.map((line) => line.text).join('\n')).not.toMatch(/node:internal|Node\.js v/)
    expect(diff.some((line) => line.text.includes('at Object.<anonymous> (<sample>:2:1)'))).toBe(
      true,
    )
  })
})
