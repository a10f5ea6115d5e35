import type { Heading, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { foldEmptySections } from '../../src/render/slides/empty-sections.js'
import { sectionsOf } from '../../src/render/slides/sections.js'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown)

/** Each section as its heading and what it shows, `~text` for what goes to the notes. */
function outline(markdown: string): string[] {
  return foldEmptySections(sectionsOf(parse(markdown), undefined)).map((section) =>
    [section.heading ? plainText(section.heading) : '(opening)', ...section.blocks.map(said)].join(
      ' | ',
    ),
  )
}

function said(node: RootContent): string {
  const notes = node.data !== undefined && 'toNotes' in node.data
  return `${notes ? '~' : ''}${plainText(node)}`
}

/** The headings the deck shows, kickers included. */
function shownHeadings(markdown: string): string[] {
  return splitIntoSlides(parse(markdown)).columns.flatMap((column) =>
    column.flatMap((slide) => [
      ...(slide.kicker ? [plainText(slide.kicker)] : []),
      ...(slide.heading ? [plainText(slide.heading)] : []),
      ...slide.nodes
        .filter((node): node is Heading => node.type === 'heading')
        .map((node) => plainText(node)),
    ]),
  )
}

describe('foldEmptySections', () => {
  it('says an empty heading before a shallower one in the notes of the section before it', () => {
    expect(
      outline(
        '## Button\n\nIt pulls the pin low.\n\n### Interrupts\n\n## Steps\n\n### 1. Enable\n\nSet the edge.',
      ),
    ).toEqual([
      'Button | It pulls the pin low. | ~Interrupts',
      'Steps',
      '1. Enable | Set the edge.',
    ])
  })

  it('folds empty siblings and the last empty heading, in Chinese too', () => {
    expect(
      outline(
        '## 读取按钮\n\n按下按钮时引脚被拉低。\n\n## 定时器\n\n## 低功耗模式\n\n## 测量电压\n\n每小时读一次。\n\n## 参考资料',
      ),
    ).toEqual([
      '读取按钮 | 按下按钮时引脚被拉低。 | ~定时器 | ~低功耗模式',
      '测量电压 | 每小时读一次。 | ~参考资料',
    ])
  })

  it('folds a parent whose only subsection was empty, and keeps a parent of a filled one', () => {
    expect(outline('## A\n\nText.\n\n## B\n\n### B.1\n\n## C\n\n### C.1\n\nMore.')).toEqual([
      'A | Text. | ~B | ~B.1',
      'C',
      'C.1 | More.',
    ])
  })

  it('keeps an empty heading before a sibling filling a slide: it rides above it as a kicker', () => {
    const long = Array.from({ length: 14 }, (_, index) => `- point ${index}`).join('\n')
    expect(outline(`## A\n\nText.\n\n### 3.1 Accepting\n\n### 3.1.1 One pool\n\n${long}`)).toEqual([
      'A | Text.',
      '3.1 Accepting',
      expect.stringMatching(/^3\.1\.1 One pool \| point 0/),
    ])
  })

  it('shows no empty heading on a slide', () => {
    const headings = shownHeadings(
      '## Button\n\nIt pulls the pin low.\n\n### Interrupts\n\n## Steps\n\n### 1. Enable\n\nSet the edge.\n\n## Timers\n\n## Battery\n\nRead it hourly.',
    )
    expect(headings).not.toContain('Interrupts')
    expect(headings).not.toContain('Timers')
    expect(headings).toContain('Steps')
  })
})
