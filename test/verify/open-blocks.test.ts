import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'
import { doctestDriver } from '../../src/verify/run/doctest-driver.js'

describe('a compound command typed on without its `> ` prompt', () => {
  it('is the command up to the line that closes it, and what follows its output', () => {
    const { code, expected } = readShellTranscript(
      '$ for n in 1 2; do echo $n;\necho x$n; done\n1\nx1\n2\nx2',
      10,
    )
    expect(code.trim()).toBe('for n in 1 2; do echo $n;\necho x$n; done')
    expect(expected?.lines).toEqual(['1', 'x1', '2', 'x2'])
  })

  it('leaves lines after a command that never closes before the next prompt as its output', () => {
    const { expected } = readShellTranscript('$ if true; then\nyes\n$ echo hi\nhi', 10)
    expect(expected?.lines).toEqual(['yes', 'hi'])
  })
})

describe('a blank line before a prompt that lost a `>`', () => {
  it('ends the output above it, as doctest reads the line as text', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'postdeck-lost-'))
    writeFileSync(path.join(folder, 'driver.py'), doctestDriver)
    writeFileSync(path.join(folder, 'session.txt'), ">>> 'a'.upper()\n'A'\n\n>> 'b'.upper()\n'B'\n")
    const reports = execFileSync('python3', ['driver.py', 'session.txt'], {
      cwd: folder,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(reports).toEqual([
      { line: 0, wantAt: 1, ok: true },
      { done: true, examples: 1 },
    ])
  })
})
