import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { shortenLongHeadings } from '../../src/render/slides/long-headings.js'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/**
 * A closing paragraph written right above `---` is a setext heading, by
 * CommonMark; too long for a slide's heading and with nothing under it, it
 * is an empty section folded into the notes of the one before.
 */
const cases = [
  {
    lang: 'en',
    paragraph:
      'Every sample in this post is written so that you can use it in a real project as it is. Try it on your own images and see how small they get, then tell me what you found.',
    heading: '## Summary',
    body: 'Multi-stage builds make images smaller and safer.',
    related: '## Related posts\n\n- [Hiring guide](/blog/hiring)\n- [Income guide](/blog/income)',
  },
  {
    lang: 'zh',
    paragraph:
      '本文中的每一个示例都可以原样用在实际项目里，我在写的时候特意按照生产环境的要求整理过。请亲手试一试，看看你的镜像能缩小到多少，然后告诉我你遇到了什么问题，我会在下一篇文章里一一回答。',
    heading: '## 总结',
    body: '多阶段构建让镜像更小也更安全。',
    related: '## 相关文章\n\n- [求职指南](/blog/hiring)\n- [收入指南](/blog/income)',
  },
]

describe.each(cases)('a long paragraph made a heading by `---` under it ($lang)', (post) => {
  it('says its whole text in the notes, not only its key sentence', () => {
    const markdown = [post.heading, post.body, `${post.paragraph}\n---`, post.related].join('\n\n')
    const slides = splitIntoSlides(
      shortenLongHeadings(unified().use(remarkParse).parse(markdown)),
    ).columns.flat()
    const notes = slides
      .map((slide) => slide.notes.map((node) => plainText(node)).join(' '))
      .join(' ')
    expect(notes).toContain(post.paragraph)
  })
})
