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

/** A screenshot that fills its slide, then a paragraph whose key sentence takes two lines. */
const twoLineCases = [
  {
    lang: 'en',
    markdown: [
      '## The architecture',
      '![The layers of the server](screen.png)',
      `The layer on top, which handles connections and threads, is not something the database invented, since many network services are built the same way. ${'It accepts clients, checks who they are and hands each one a thread from a pool. '.repeat(3)}`,
    ],
    key: 'The layer on top',
  },
  {
    lang: 'zh',
    markdown: [
      '## 架构',
      '![服务器的各层](screen.png)',
      `最上层用于连接、线程处理的部分并不是数据库发明的，很多网络服务都有类似的组成部分，它们负责接受客户端并检查身份；${'它为每个客户端从线程池中分配一个线程，并在连接结束后把线程放回池中。'.repeat(3)}`,
    ],
    key: '最上层用于连接',
  },
]

describe.each(twoLineCases)(
  'a paragraph of two key lines after a screenshot ($lang)',
  ({ markdown, key }) => {
    it('is said with the screenshot, not shown on a slide of its own', () => {
      const tree = unified().use(remarkParse).parse(markdown.join('\n\n'))
      const model = splitIntoSlides(tree, {
        imageSizes: { 'screen.png': { width: 2400, height: 1450 } },
      })
      const slides = model.columns.flat()
      expect(slides).toHaveLength(1)
      expect(slides[0]?.notes.map((node) => plainText(node)).join('\n')).toContain(key)
    })
  },
)
