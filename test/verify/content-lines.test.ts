import type { Code } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { contentBaseLine } from '../../src/verify/read/outputs/fences/content-lines.js'

function codeBlocks(markdown: string): Code[] {
  return unified()
    .use(remarkParse)
    .parse(markdown)
    .children.filter((node): node is Code => node.type === 'code')
}

describe('contentBaseLine', () => {
  it('counts a fence from its opening line', () => {
    const [fence] = codeBlocks('text\n\n```\nout\n```\n')
    expect(fence && contentBaseLine(fence)).toBe(3)
  })

  it('counts an indented block (a notebook cell output) from the line before its first line', () => {
    const [, output] = codeBlocks('```python\nx\n```\n\n\n\n    deque([1, 2])\n    more\n')
    expect(output && contentBaseLine(output)).toBe(6)
  })

  it('counts a one-line indented block after a blank line from that blank line', () => {
    const [, output] = codeBlocks('```python\nprint(d)\n```\n\n    {"a": 0}\n')
    expect(output && contentBaseLine(output)).toBe(4)
  })
})
