import type { List } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { listItemLeadIn } from '../../src/verify/read/outputs/fences/output-lead-in.js'

const listOf = (markdown: string): List => {
  const node = fromMarkdown(markdown).children[0]
  if (node?.type !== 'list') throw new Error('not a list')
  return node
}

describe('listItemLeadIn', () => {
  it('reads a last list item naming the output, ending in a colon (English, Chinese)', () => {
    expect(listItemLeadIn(listOf("- And the `for` loop's output is:"))).toBe(
      "And the for loop's output is:",
    )
    expect(listItemLeadIn(listOf('- 第一点\n- 循环的输出结果如下：'))).toBe('循环的输出结果如下：')
  })

  it('leaves an item that introduces code or input, says no colon, or holds more than a paragraph', () => {
    expect(listItemLeadIn(listOf('- The same loop, for example:'))).toBeUndefined()
    expect(listItemLeadIn(listOf('- 输入文件的内容：'))).toBeUndefined()
    expect(listItemLeadIn(listOf('- It prints the numbers.'))).toBeUndefined()
    expect(listItemLeadIn(listOf('- The output is:\n  - nested'))).toBeUndefined()
  })
})
