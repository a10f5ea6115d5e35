import { describe, expect, it } from 'vitest'
import { topLevelStatements } from '../../src/verify/read/code/statements.js'
import { firstOfPrintRun } from '../../src/verify/read/outputs/comments/print-runs.js'
import { runnerFor } from '../../src/verify/runners.js'

const js = runnerFor('js')
if (!js) throw new Error('no js runner')
const statements = (code: string) => topLevelStatements(js, code) ?? []

describe('firstOfPrintRun', () => {
  it('takes the prints one under the other that end the code', () => {
    const code = 'const a = 1\n\nconsole.log(a)\nconsole.log(a + 1)\nconsole.log(a + 2)'
    expect(firstOfPrintRun(statements(code), 3)?.from).toBe(3)
  })

  it('stops at a blank line or another statement', () => {
    expect(firstOfPrintRun(statements('console.log(1)\n\nconsole.log(2)'), 2)?.from).toBe(3)
    expect(firstOfPrintRun(statements('console.log(1)\nx = 2\nconsole.log(x)'), 2)?.from).toBe(3)
  })

  it('keeps the last print alone when the comment has fewer lines than the prints', () => {
    expect(firstOfPrintRun(statements('console.log(1)\nconsole.log(2)'), 1)?.from).toBe(2)
  })
})
