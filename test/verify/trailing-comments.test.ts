import { describe, expect, it } from 'vitest'
import { trailingComment } from '../../src/verify/read/outputs/comments/trailing-comments.js'
import { runnerFor } from '../../src/verify/runners.js'

const bash = runnerFor('bash')
const python = runnerFor('python')
if (!bash || !python) throw new Error('runners missing')

describe('trailingComment', () => {
  it('reads a doubled `#` before the space as the prefix', () => {
    expect(trailingComment('echo $var ## 6', bash)).toBe('6')
    expect(trailingComment('echo $?  ## 0', bash)).toBe('0')
    expect(trailingComment('print(x)  ## [1, 2]', python)).toBe('[1, 2]')
  })

  it('keeps a `#` that is part of the text after the prefix', () => {
    expect(trailingComment('echo $var # 6', bash)).toBe('6')
    expect(trailingComment('echo "$n" # #1', bash)).toBe('#1')
    expect(trailingComment('print(n)  ##1', python)).toBe('#1')
  })
})
