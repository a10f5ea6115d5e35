import { describe, expect, it } from 'vitest'
import { callsWithPlaceholders } from '../../src/verify/judge/placeholder-calls.js'

const knownOf = (names: string[]) => (name: string) => names.includes(name)

describe('a standard module called with placeholder arguments', () => {
  it('is a signature when every argument is a name and one at least is defined nowhere', () => {
    expect(callsWithPlaceholders('re.split(pattern, string)', 're', knownOf([]))).toBe(true)
    expect(
      callsWithPlaceholders('re.sub(ptrn, replacement, string, count=0)', 're', knownOf([])),
    ).toBe(true)
    expect(callsWithPlaceholders('if re.search(ptrn, data):\n  ...', 're', knownOf(['ptrn']))).toBe(
      true,
    )
    expect(callsWithPlaceholders('结果 = re.findall(模式, 文本)', 're', knownOf([]))).toBe(true)
  })

  it('is a program that forgot its import when an argument is a literal or every name is bound', () => {
    expect(callsWithPlaceholders("re.split(r'\\W+', 'Words, words.')", 're', knownOf([]))).toBe(
      false,
    )
    expect(callsWithPlaceholders("re.findall(r'\\d', text)", 're', knownOf([]))).toBe(false)
    expect(
      callsWithPlaceholders('re.split(pattern, text)', 're', knownOf(['pattern', 'text'])),
    ).toBe(false)
    expect(callsWithPlaceholders('print(re.escape)', 're', knownOf([]))).toBe(false)
  })
})
