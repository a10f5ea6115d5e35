import type { Code } from 'mdast'
import { describe, expect, it } from 'vitest'
import { unlabelledFenceRunner } from '../../src/verify/read/unlabelled-fences.js'

const fence = (lang: string | null, value: string): Code => ({ type: 'code', lang, value })

describe('unlabelledFenceRunner', () => {
  const session = '>>> 1 + 1\n2'

  it('reads a session under a label naming a variant of Python as Python', () => {
    expect(
      unlabelledFenceRunner(fence('python-interactive', session), session, undefined)?.id,
    ).toBe('python')
    expect(unlabelledFenceRunner(fence('python-console', session), session, undefined)?.id).toBe(
      'python',
    )
  })

  it('runs nothing else under such a label, nor a session under a versioned one', () => {
    const code = 'x = 1\nprint(x)'
    expect(
      unlabelledFenceRunner(fence('python-interactive', code), code, undefined),
    ).toBeUndefined()
    expect(unlabelledFenceRunner(fence('python2', session), session, undefined)).toBeUndefined()
    expect(unlabelledFenceRunner(fence('ruby-irb', session), session, undefined)).toBeUndefined()
  })
})
