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
      node.type === 'html'
        ? `html: ${node.value}`
        : node.type === 'code'
          ? `code ${node.lang ?? '-'} @${node.position?.start.line}: ${node.value}`
          : node.type,
    )
}

const cell = (code: string, output: string) =>
  `<div markdown="1" class="cell code_cell">\n<div class="input_area" markdown="1">\n\`\`\`python\n${code}\n\n\`\`\`\n</div>\n\n<div class="output_wrapper" markdown="1">\n<div class="output_subarea" markdown="1">\n\n{:.output_data_text}\n\`\`\`\n${output}\n\`\`\`\n\n</div>\n</div>\n</div>\n`

describe('an HTML element whose start tag asks for Markdown inside (`markdown="1"`)', () => {
  it('reads the cells of a notebook page as fences between the tags, at their lines', async () => {
    const blocks = await blocksOf(
      `Intro.\n\n${cell('1 + 1', '2')}\n${cell('x = 3\nx', '3')}\nThe end.\n`,
    )
    expect(blocks.filter((block) => block.startsWith('code'))).toEqual([
      'code python @5: 1 + 1\n',
      'code - @15: 2',
      'code python @25: x = 3\nx\n',
      'code - @36: 3',
    ])
    expect(blocks[0]).toBe('paragraph')
    expect(blocks[1]).toBe('html: <div markdown="1" class="cell code_cell">')
    expect(blocks.at(-1)).toBe('paragraph')
  })

  it('keeps links to definitions written above the element, and adds none of them twice', async () => {
    const tree: Root = await parseMarkdown(
      createMarkdownProcessor(),
      new VFile({
        path: 'post.md',
        value:
          '[docs]: https://example.com\n\n<div class="note" markdown="1">\nSee [the docs][docs].\n</div>\n',
      }),
    )
    const kinds = tree.children.map((node) => node.type)
    expect(kinds.filter((kind) => kind === 'definition')).toHaveLength(1)
    const paragraph = tree.children.find((node) => node.type === 'paragraph')
    expect(paragraph?.type === 'paragraph' && paragraph.children[1]?.type).toBe('linkReference')
  })

  it('leaves an element without the attribute as the HTML block CommonMark reads', async () => {
    expect(await blocksOf('<div class="note">\n```python\nx = 1\n```\n</div>\n')).toEqual([
      'html: <div class="note">\n```python\nx = 1\n```\n</div>',
    ])
  })
})
