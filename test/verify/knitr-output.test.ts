import { describe, expect, it } from 'vitest'
import { knitrOutputLines } from '../../src/verify/read/outputs/fences/knitr-output.js'

describe('knitrOutputLines', () => {
  it('drops knitr’s `## ` from every line, a bare `##` being a blank line', () => {
    expect(knitrOutputLines(['## 7', '##', '## 完成'], 'expr 5 + 2')).toEqual(['7', '', '完成'])
  })
  it('leaves a block with a line not written so', () => {
    expect(knitrOutputLines(['## 7', '3'], 'expr 5 + 2')).toBeUndefined()
  })
  it('leaves the lines of a sample that writes `##` itself', () => {
    expect(knitrOutputLines(['## Results'], 'echo "## Results"')).toBeUndefined()
  })
  it('takes no heading written without its space as knitr’s prefix', () => {
    expect(knitrOutputLines(['##Results'], 'echo x')).toBeUndefined()
  })
})
