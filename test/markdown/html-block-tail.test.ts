import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { createMarkdownProcessor, parseMarkdown } from '../../src/markdown/create-processor.js'

async function blocksOf(markdown: string): Promise<string[]> {
  const tree: Root = await parseMarkdown(
    createMarkdownProcessor(),
    new VFile({ path: 'post.md', value: markdown }),
  )
  return tree.children
    .filter((node) => node.type !== 'yaml')
    .map((node) =>
      node.type === 'paragraph'
        ? `paragraph: ${node.children.map((child) => child.type).join(' ')}`
        : node.type === 'html'
          ? `html: ${node.value}`
          : node.type,
    )
}

describe('an HTML block opening with a line break alone on its line', () => {
  it.each([
    [
      'en',
      'The talk ends here.\n\n<br>\nFor **random circuits** we can prove more[^1], as the next slide shows.\n\n[^1]: A theorem of 2018.\n',
    ],
    [
      'zh',
      '报告到此为止。\n\n<br/>\n对于**随机线路**，我们能证明更多[^1]，见下一页。\n\n[^1]: 2018 年的一个定理。\n',
    ],
  ])('reads the words after it as a Markdown paragraph (%s)', async (_, markdown) => {
    const blocks = await blocksOf(markdown)
    expect(blocks[1]).toMatch(/^html: <br\/?>$/)
    expect(blocks[2]).toMatch(/^paragraph: text strong text footnoteReference text$/)
  })

  it('keeps words inside a block element as the author wrote them', async () => {
    const blocks = await blocksOf('<div>\n**not bold**\n</div>\n')
    expect(blocks).toEqual(['html: <div>\n**not bold**\n</div>'])
  })
})
