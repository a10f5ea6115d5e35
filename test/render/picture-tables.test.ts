import type { RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** Phone screenshots side by side in a table, the platforms as its header. */
const cases = [
  {
    lang: 'en',
    lead: 'It will be rendered as follows:',
    header: ['Android', 'iOS'],
    alts: ['Android gaps', 'iOS gaps'],
    words: 'The gap is a share of the width.',
  },
  {
    lang: 'zh',
    lead: '渲染效果如下：',
    header: ['安卓', 'iOS'],
    alts: ['安卓间距', 'iOS 间距'],
    words: '间距按宽度的百分比计算。',
  },
]

const sizes = {
  'android.png': { width: 540, height: 1120 },
  'ios.png': { width: 590, height: 1280 },
}

function slidesOf(markdown: string) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const model = splitIntoSlides(tree, { imageSizes: sizes })
  return model.columns.flat().map((slide) => slide.nodes)
}

const isGrid = (node: RootContent) => node.type === 'blockquote' && node.data?.imageGrid === true

describe.each(cases)('a table of pictures ($lang)', ({ lead, header, alts, words }) => {
  it('is a grid of its pictures on one slide, each captioned by its column’s header', () => {
    const markdown = [
      '## Gaps',
      lead,
      `| ${header.join(' | ')} |\n| --- | --- |\n| ![${alts[0]}](android.png) | ![${alts[1]}](ios.png) |`,
    ].join('\n\n')
    const slides = slidesOf(markdown)
    const holding = slides.filter((nodes) => nodes.some(isGrid))
    expect(holding).toHaveLength(1)
    const nodes = holding[0] ?? []
    expect(nodes.some((node) => node.type === 'table')).toBe(false)
    expect(nodes.map((node) => plainText(node)).join('\n')).toContain(lead)
    const grid = nodes.find(isGrid)
    // Each item: the picture (its alt text) over its column's header.
    expect(grid?.type === 'blockquote' && grid.children.map((item) => plainText(item))).toEqual(
      header.map((words, column) => `${alts[column]}${words}`),
    )
    expect(JSON.stringify(grid)).toContain('grid-caption')
  })

  it('stays a table when a cell holds words', () => {
    const markdown = [
      '## Gaps',
      `| ${header.join(' | ')} |\n| --- | --- |\n| ![${alts[0]}](android.png) | ${words} |`,
    ].join('\n\n')
    const nodes = slidesOf(markdown).flat()
    expect(nodes.some((node) => node.type === 'table')).toBe(true)
    expect(nodes.some(isGrid)).toBe(false)
  })

  it('has no captions when its header row holds pictures too', () => {
    const markdown = [
      '## Gaps',
      `| ![${alts[0]}](android.png) | ![${alts[1]}](ios.png) |\n| --- | --- |`,
    ].join('\n\n')
    const grid = slidesOf(markdown).flat().find(isGrid)
    expect(grid?.type === 'blockquote' && grid.children).toHaveLength(2)
    expect(JSON.stringify(grid)).not.toContain('grid-caption')
  })
})
