import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** A diagram with a long paragraph before and after it: the paragraph after explains it. */
const cases = [
  {
    lang: 'en',
    markdown: [
      '## Transactions',
      `A transaction groups reads and writes that succeed or fail together. ${'Databases have offered them for decades, and every engine keeps a log so it can undo the work of one that fails halfway through. '.repeat(3)}`,
      '![Transaction basics](diagram.png)',
      `A transaction is a unit of work. ${'It is a sequence of operations that either all run or none do, and it cannot be divided into smaller units of work. '.repeat(3)}`,
    ],
    key: 'A transaction is a unit of work.',
  },
  {
    lang: 'zh',
    markdown: [
      '## 事务',
      `在关系型数据库中，事务的重要性不言而喻。${'只要对数据库稍有了解的人都知道事务具有四个基本属性，而我们不知道的可能就是数据库是如何实现这些属性的。'.repeat(3)}`,
      '![事务基础](diagram.png)',
      `事务其实就是并发控制的基本单位；${'事务是一个序列操作，其中的操作要么都执行，要么都不执行，它是一个不可分割的工作单位。'.repeat(3)}`,
    ],
    key: '事务其实就是并发控制的基本单位',
  },
]

/** A wide diagram, with room under it, and a large one that fills a slide. */
const diagrams = [
  { shape: 'wide', size: { width: 2400, height: 500 } },
  { shape: 'large', size: { width: 4800, height: 2900 } },
]

describe.each(cases)('the paragraph explaining a diagram ($lang)', ({ markdown, key }) => {
  it.each(diagrams)(
    'shows its key sentence under a $shape diagram, not on a slide of its own',
    ({ size }) => {
      const tree = unified().use(remarkParse).parse(markdown.join('\n\n'))
      const model = splitIntoSlides(tree, { imageSizes: { 'diagram.png': size } })
      const slides = model.columns.flat().map((slide) => ({
        text: slide.nodes.map((node) => plainText(node)).join('\n'),
        notes: slide.notes.map((node) => plainText(node)).join('\n'),
        hasImage: JSON.stringify(slide.nodes).includes('"image"'),
      }))
      const holding = slides.filter((slide) => slide.text.includes(key))
      expect(holding).toHaveLength(1)
      expect(holding[0]?.hasImage).toBe(true)
      // The paragraph itself is said: it is in that slide's notes.
      expect(holding[0]?.notes).toContain(key)
      expect(slides.filter((slide) => slide.hasImage)).toHaveLength(1)
    },
  )
})
