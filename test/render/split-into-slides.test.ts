import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Code, List, Table } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../../src/content/front-matter.js'
import { createMarkdownProcessor, parseMarkdown } from '../../src/markdown/create-processor.js'
import {
  countSlides,
  type SlideModel,
  splitIntoSlides,
} from '../../src/render/slides/split-into-slides.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')

async function modelOf(fixture: string): Promise<SlideModel> {
  const file = new VFile({
    path: path.join(fixtures, fixture, 'input.md'),
    value: await readFile(path.join(fixtures, fixture, 'input.md'), 'utf8'),
  })
  const frontMatter = readFrontMatter(file)
  if (frontMatter) file.data.frontMatter = frontMatter
  return splitIntoSlides(await parseMarkdown(createMarkdownProcessor(), file))
}

function titles(model: SlideModel): string[][] {
  return model.columns.map((column) =>
    column.map((slide) => (slide.heading ? plainText(slide.heading) : '(no heading)')),
  )
}

function shape(markdown: string): string[][] {
  const model = splitIntoSlides(unified().use(remarkParse).parse(markdown))
  return model.columns.map((column) =>
    column.map((slide) =>
      [slide.heading ? `h${slide.heading.depth}` : '', ...slide.nodes.map((node) => node.type)]
        .join(' ')
        .trim(),
    ),
  )
}

describe('splitIntoSlides', () => {
  it('makes a column per top section and a slide per deeper heading', () => {
    expect(shape('intro\n\n## A\n\ntext\n\n### A.1\n\ntext\n\n## B\n\ntext')).toEqual([
      ['paragraph'],
      ['h2 paragraph', 'h3 paragraph'],
      ['h2 paragraph'],
    ])
  })

  it('gives a lone top heading a column of its own, and a section title slide to sections with sub-sections', () => {
    expect(shape('# Title\n\nlead\n\n## A\n\n### A.1\n\ntext\n\n## B\n\ntext')).toEqual([
      ['h1 paragraph'],
      ['h2', 'h3 paragraph'],
      ['h2 paragraph'],
    ])
  })

  it('starts a new slide at a thematic break', () => {
    expect(shape('## A\n\none\n\n---\n\ntwo')).toEqual([['h2 paragraph', 'h2 paragraph']])
  })

  it('takes the section level from the options', () => {
    expect(
      splitIntoSlides(unified().use(remarkParse).parse('## A\n\n### B\n\n## C'), { level: 3 })
        .columns,
    ).toHaveLength(3)
  })

  it('cuts the seed post into its sections, continued where they are long', async () => {
    const model = await modelOf('seed')
    expect(titles(model)).toEqual([
      ['用asyncio进行异步编程'],
      [
        '基本概念',
        '协程 (1/2)',
        '协程 (2/2)',
        '协程函数和协程对象 (1/3)',
        '协程函数和协程对象 (2/3)',
        '协程函数和协程对象 (3/3)',
        '事件循环 (1/2)',
        '事件循环 (2/2)',
        '任务',
        '关系',
      ],
      [
        '异步代码步骤 (1/7)',
        '异步代码步骤 (2/7)',
        '异步代码步骤 (3/7)',
        '异步代码步骤 (4/7)',
        '异步代码步骤 (5/7)',
        '异步代码步骤 (6/7)',
        '异步代码步骤 (7/7)',
      ],
    ])
    expect(countSlides(model)).toBe(19)
    expect(model.columns[1]?.[0]?.id).toBe('基本概念')
    expect(model.columns[1]?.[2]?.id).toBe('协程-2')
  })
})

describe('splitting a long post', () => {
  it('splits a 15-item list into continuation slides that keep the numbering', async () => {
    const model = await modelOf('deck-long')
    const slides = model.columns
      .flat()
      .filter((slide) => slide.heading && plainText(slide.heading).startsWith('A long list'))
    const lists = slides.map((slide) =>
      slide.nodes.find((node): node is List => node.type === 'list'),
    )
    expect(slides.length).toBeGreaterThan(1)
    expect(lists.map((list) => list?.start)).toEqual(
      lists.map(
        (_, index) =>
          1 +
          lists.slice(0, index).reduce((total, list) => total + (list?.children.length ?? 0), 0),
      ),
    )
    expect(lists.reduce((total, list) => total + (list?.children.length ?? 0), 0)).toBe(15)
  })

  it('splits a 70-line code block at blank lines, losing no line', async () => {
    const model = await modelOf('deck-long')
    const pieces = model.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Code => node.type === 'code'))
    expect(pieces.length).toBeGreaterThan(1)
    const source = await readFile(path.join(fixtures, 'deck-long', 'input.md'), 'utf8')
    const original = /```python\n([\s\S]*?)\n```/.exec(source)?.[1] ?? ''
    const nonBlank = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
    expect(original.split('\n')).toHaveLength(70)
    expect(pieces.flatMap((piece) => nonBlank(piece.value))).toEqual(nonBlank(original))
    for (const piece of pieces.slice(0, -1))
      expect(piece.value.split('\n').at(-1)).toMatch(/^\s+return result$/)
  })

  it('keeps a 12-row table whole when it fits, and splits a longer one by rows, repeating the header', async () => {
    const model = await modelOf('deck-long')
    const tables = model.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Table => node.type === 'table'))
    expect(tables.map((table) => table.children.length - 1)).toEqual([12])

    const rows = Array.from({ length: 30 }, (_, index) => `| ${index} | row ${index} |`).join('\n')
    const long = splitIntoSlides(
      unified().use(remarkGfm).use(remarkParse).parse(`## T\n\n| # | Name |\n|---|---|\n${rows}\n`),
    )
    const pieces = long.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Table => node.type === 'table'))
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces)
      expect(plainText(piece.children[0] ?? { type: 'text', value: '' })).toBe('#Name')
    expect(pieces.reduce((total, piece) => total + piece.children.length - 1, 0)).toBe(30)
  })

  it('puts a tall image on a slide of its own section, and long prose in the notes of its slide', async () => {
    const model = await modelOf('deck-long')
    const slides = model.columns.flat()
    const image = slides.find(
      (slide) => slide.heading && plainText(slide.heading) === 'A tall image',
    )
    expect(
      image?.nodes.some(
        (node) =>
          node.type === 'paragraph' && node.children.some((child) => child.type === 'image'),
      ),
    ).toBe(true)
    const prose = slides.find((slide) =>
      slide.notes.some((node) => plainText(node).includes('speaker can tell the story')),
    )
    expect(prose?.heading && plainText(prose.heading)).toBe('Prose (1/2)')
    expect(prose?.nodes.map((node) => plainText(node))).toEqual([
      'A short line stays on the slide.',
    ])
  })
})
