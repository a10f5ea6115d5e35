import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { doctestDriver } from '../../src/verify/run/doctest-driver.js'

/** The doctest driver's report lines for a session (one object per example, then the count). */
function checked(session: string): { line?: number; ok?: boolean }[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'postdeck-session-'))
  const driver = path.join(folder, 'driver.py')
  const sample = path.join(folder, 'session.txt')
  writeFileSync(driver, doctestDriver)
  writeFileSync(sample, session)
  const output = execFileSync('python3', [driver, sample], { encoding: 'utf8' })
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
}

const verdicts = (session: string) =>
  checked(session)
    .filter((report) => report.line !== undefined)
    .map((report) => [report.line, report.ok])

describe('values a `>>>` session shows in a course style', () => {
  it('reads a literal quoted otherwise as the same value, a different one as a difference', () => {
    expect(verdicts('>>> sorted(["b", "a"])\n["a", "b"]\n>>> ("a",)\n("a")\n')).toEqual([
      [0, true],
      [2, false],
    ])
  })

  it('compares the value shown under an assignment with the value it binds', () => {
    expect(
      verdicts(
        '>>> t = tuple([16])\n(16,)\n>>> first = "Parrot"\nParrot\n>>> n = 2 * 21\n44\n>>> t.count(16)\n1\n',
      ),
    ).toEqual([
      [0, true],
      [2, true],
      [4, false],
      [6, true],
    ])
  })

  it('leaves a call that changes a list in place, printing nothing, a difference', () => {
    expect(verdicts('>>> names = ["a"]\n>>> names.append("b")\n["a", "b"]\n')).toEqual([
      [0, true],
      [1, false],
    ])
  })

  it('reads lines typed under an open bracket or string as input, and an error after a blank line', () => {
    expect(
      verdicts(
        ">>> point = (\n        3,\n        4,\n    )\n>>> sum(point)\n7\n>>> s = '''\none\n\ntwo'''\n>>> s.count('\\n')\n3\n>>> a, [b] = 1, [2, 3]\n\nValueError: too many values to unpack (expected 1)\n",
      ),
    ).toEqual([
      [0, true],
      [4, true],
      [6, true],
      [10, true],
      [12, true],
    ])
  })
})
