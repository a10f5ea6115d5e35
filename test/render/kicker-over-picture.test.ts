import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** A section of one short paragraph, then a subsection opening on a wide diagram given a slide of its own. */
const cases = [
  {
    lang: 'en',
    parent: 'The query',
    lead: 'This part follows a query from the index to the rows it reads, one step at a time.',
    child: 'Index slices',
  },
  {
    lang: 'zh',
    parent: '查询过程',
    lead: '在这一节中将介绍 MySQL 查询的执行过程，以及数据库如何从索引读到它需要的数据行。',
    child: '索引片',
  },
]

describe.each(cases)(
  'a short section before its subsection’s picture slide ($lang)',
  ({ parent, lead, child }) => {
    it('rides above the picture as its kicker, its words said in the notes', () => {
      const markdown = [
        'Opening words of the post.',
        `## ${parent}`,
        lead,
        `### ${child}`,
        '![A wide diagram](diagram.png)',
        'The diagram shows the slice of the index a query scans.',
        '### Filters',
        'A filter keeps the rows that match. '.repeat(4),
      ].join('\n\n')
      const tree = unified().use(remarkParse).parse(markdown)
      const model = splitIntoSlides(tree, {
        imageSizes: { 'diagram.png': { width: 3600, height: 1500 } },
      })
      const slides = model.columns.flat()
      const pictureSlide = slides.find((slide) => slide.picture)
      expect(pictureSlide).toBeDefined()
      expect(pictureSlide?.kicker && plainText(pictureSlide.kicker)).toBe(parent)
      expect(pictureSlide?.notes.map((node) => plainText(node)).join('\n')).toContain(lead)
      // No slide is left with the section's heading over its one paragraph.
      expect(slides.some((slide) => slide.heading && plainText(slide.heading) === parent)).toBe(
        false,
      )
    })
  },
)
