import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** A walkthrough whose steps are list items, some holding a screenshot too wide for a slide with a heading. */
const cases = [
  {
    lang: 'en',
    markdown: [
      '## Install',
      '- Download the latest ISO from the site:\n\n  [https://example.org/](https://example.org/)',
      '- Upload it to the server: ![](wide.png)',
      '- Create the virtual machine, CPU type host',
      '- Pass the graphics card through: ![](wide.png)',
      '- Start the machine and scan the code',
    ],
    alone: 'Create the virtual machine, CPU type host',
    next: 'Pass the graphics card through:',
    first: 'Download the latest ISO from the site:',
    last: 'Start the machine and scan the code',
  },
  {
    lang: 'zh',
    markdown: [
      '## 安装',
      '- 前往官网下载最新版ISO：\n\n  [https://example.org/](https://example.org/)',
      '- 上传至服务器：![](wide.png)',
      '- 创建虚拟机，CPU类型选择host，步骤略',
      '- 直通核显和硬盘：![](wide.png)',
      '- 重启容器，扫码登录',
    ],
    alone: '创建虚拟机，CPU类型选择host，步骤略',
    next: '直通核显和硬盘：',
    first: '前往官网下载最新版ISO：',
    last: '重启容器，扫码登录',
  },
]

describe.each(cases)(
  'a walkthrough of screenshot steps ($lang)',
  ({ markdown, alone, next, first, last }) => {
    it('puts a step of a line or two on the slide of a screenshot step beside it, not on a slide of its own', () => {
      const tree = unified().use(remarkParse).parse(markdown.join('\n\n'))
      const model = splitIntoSlides(tree, {
        imageSizes: { 'wide.png': { width: 2560, height: 1440 } },
      })
      const slides = model.columns.flat().map((slide) => ({
        picture: slide.picture === true,
        text: slide.nodes.map((node) => plainText(node)).join('\n'),
      }))
      const holding = (words: string) => slides.filter((slide) => slide.text.includes(words))
      // Every slide shows a screenshot; each short step shares the slide of one.
      expect(slides.every((slide) => slide.picture)).toBe(true)
      expect(holding(alone)).toHaveLength(1)
      expect(holding(alone)[0]?.text).toContain(next)
      expect(holding(alone)[0]?.text.indexOf(alone)).toBeLessThan(
        holding(alone)[0]?.text.indexOf(next) ?? 0,
      )
      expect(holding(first)).toHaveLength(1)
      expect(holding(last)).toHaveLength(1)
    })
  },
)
