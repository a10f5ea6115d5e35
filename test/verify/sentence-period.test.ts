import { describe, expect, it } from 'vitest'
import { withoutSentencePeriod } from '../../src/verify/compare/values/sentence-period.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'

describe('withoutSentencePeriod', () => {
  it('takes the full stop off a value', () => {
    expect(withoutSentencePeriod('42.')).toBe('42')
    expect(withoutSentencePeriod("'a-b'.")).toBe("'a-b'")
    expect(withoutSentencePeriod('[1, 2].')).toBe('[1, 2]')
  })

  it('leaves words and numbers with decimals alone', () => {
    expect(withoutSentencePeriod('3.5')).toBeUndefined()
    expect(withoutSentencePeriod('the answer.')).toBeUndefined()
  })

  it('still compares the value', () => {
    expect(sameValueDisplay('42.', '42')).toBe(true)
    expect(sameValueDisplay('43.', '42')).toBe(false)
  })
})
