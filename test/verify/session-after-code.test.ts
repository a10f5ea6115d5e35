import type { Code } from 'mdast'
import { describe, expect, it } from 'vitest'
import { isSessionAfterCode } from '../../src/verify/read/transcripts/session-after-code.js'
import { runnerFor } from '../../src/verify/runners.js'

const fence = (lang: string | null, value: string): Code => ({ type: 'code', lang, value })

describe('a `>>>` session under Python code', () => {
  const python = runnerFor('python')
  it('is a session of its own in a fence labelled for the shell, a comment line first too', () => {
    expect(isSessionAfterCode(fence('sh', '>>> xs = [1]\n>>> xs\n[1]'), python)).toBe(true)
    expect(isSessionAfterCode(fence('sh', '# lists\n>>> xs = [1]\n>>> xs\n[1]'), python)).toBe(true)
    expect(isSessionAfterCode(fence('text', '>>> 1 + 1\n2'), python)).toBe(true)
  })
  it('is not one under a shell sample, nor without a prompt first', () => {
    expect(isSessionAfterCode(fence('sh', '>>> 1 + 1\n2'), runnerFor('bash'))).toBe(false)
    expect(isSessionAfterCode(fence('sh', '2\n>>> 1 + 1\n2'), python)).toBe(false)
  })
})
