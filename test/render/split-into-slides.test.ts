import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { countSlides, splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

function headingsPerSlide(markdown: string): string[][] {
  const tree = unified().use(remarkParse).parse(markdown)
  return splitIntoSlides(tree).columns.map((column) =>
    column.map((slide) =>
      slide.nodes.map((node) => (node.type === 'heading' ? `h${node.depth}` : node.type)).join(' '),
    ),
  )
}

describe('splitIntoSlides', () => {
  it('makes a column per repeated top section and a slide per deeper heading', () => {
    expect(headingsPerSlide('intro\n\n## A\n\ntext\n\n### A.1\n\ntext\n\n## B\n\ntext')).toEqual([
      ['paragraph'],
      ['h2 paragraph', 'h3 paragraph'],
      ['h2 paragraph'],
    ])
  })

  it('gives a lone top heading a column of its own', () => {
    expect(headingsPerSlide('# Title\n\nlead\n\n## A\n\n## B\n\ntext')).toEqual([
      ['h1 paragraph'],
      ['h2'],
      ['h2 paragraph'],
    ])
  })

  it('starts a new slide at a thematic break, and keeps every block', () => {
    expect(headingsPerSlide('## A\n\none\n\n---\n\ntwo\n\n```py\nx\n```')).toEqual([
      ['h2 paragraph', 'paragraph code'],
    ])
  })

  it('counts the title slide', () => {
    const tree = unified().use(remarkParse).parse('## A\n\n## B')
    expect(countSlides(splitIntoSlides(tree))).toBe(3)
  })
})
