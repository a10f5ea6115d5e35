import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { headingLeadIn } from '../../src/verify/read/outputs/fences/heading-lead-ins.js'

const tree = (markdown: string): Root => fromMarkdown(markdown)

describe('headingLeadIn', () => {
  it('reads a short heading naming the output over a fence of plain output (English, Chinese)', () => {
    expect(headingLeadIn(tree('#### 🔍 Output:\n\n```\nB\n```'), 0)).toBe('Output:')
    expect(headingLeadIn(tree('### Output\n\n```text\nB\n```'), 0)).toBe('Output')
    expect(headingLeadIn(tree('## 👉 运行结果：\n\n```\nB\n```'), 0)).toBe('运行结果：')
  })

  it('leaves a heading over code, a section title, and a heading with no fence under it', () => {
    expect(headingLeadIn(tree('## Results\n\n```python\nprint(1)\n```'), 0)).toBeUndefined()
    expect(
      headingLeadIn(tree('## Printing the output of a long running job\n\n```\nB\n```'), 0),
    ).toBeUndefined()
    expect(headingLeadIn(tree('### Output\n\nSome prose.'), 0)).toBeUndefined()
    expect(headingLeadIn(tree('### Why?\n\n```\nB\n```'), 0)).toBeUndefined()
  })
})
