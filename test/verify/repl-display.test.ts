import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { instrumentParts } from '../../src/verify/run/instrument.js'
import { runnerFor } from '../../src/verify/runners.js'

/** What an instrumented sample prints for its value comments, markers left out. */
function shown(code: string): string {
  const runner = runnerFor('js')
  if (!runner) throw new Error('no runner for js')
  const parts = statementOutputs(code, 0, runner)?.parts ?? []
  const instrumented = instrumentParts(runner, code, parts, 'MARK', 0)
  return execFileSync(process.execPath, ['-e', instrumented], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('MARK'))
    .join('\n')
}

describe('values shown as the REPL shows them', () => {
  it('shows a Buffer and a class with its own display', () => {
    expect(shown('Buffer.from([0x74, 0x65])\n// <Buffer 74 65>')).toBe('<Buffer 74 65>')
    expect(
      shown(
        "class 价格 { [Symbol.for('nodejs.util.inspect.custom')]() { return '¥3' } }\nnew 价格() // ¥3",
      ),
    ).toBe('¥3')
  })

  it('shows strings, arrays and objects as before', () => {
    expect(shown("'名字' // '名字'\n;[1, 2] // [1, 2]\n;({ a: 1 }) // { a: 1 }")).toBe(
      "'名字'\n[ 1, 2 ]\n{ a: 1 }",
    )
  })
})
