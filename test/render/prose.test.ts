import type { List, ListItem, Paragraph } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { keySentence, shortenedItem } from '../../src/render/slides/prose.js'

function key(markdown: string): string {
  const paragraph = unified().use(remarkParse).parse(markdown).children[0] as Paragraph
  return plainText({ type: 'paragraph', children: keySentence(paragraph) })
}

describe('keySentence', () => {
  it('does not end a sentence after an abbreviation or inside brackets', () => {
    expect(
      key('We create an array (a.k.a. the mighty `ndarray`) from a list. Then we add to it.'),
    ).toBe('We create an array (a.k.a. the mighty ndarray) from a list.')
    expect(key('Many libraries (e.g. pandas and SciPy) rely on it. They all do.')).toBe(
      'Many libraries (e.g. pandas and SciPy) rely on it.',
    )
    expect(key('The second try worked (ha! who knew) on the first day. Then it broke.')).toBe(
      'The second try worked (ha! who knew) on the first day.',
    )
    expect(key('He wrote "Stop. Think." on the board of the room. Then he left.')).toBe(
      'He wrote "Stop. Think." on the board of the room.',
    )
  })

  it('reads a sentence of a hard-wrapped paragraph across its line breaks', () => {
    expect(
      key(
        'Most numbers that we write down as decimal\nfloats are not exact in binary. So they round.',
      ),
    ).toBe('Most numbers that we write down as decimal floats are not exact in binary.')
    const chinese = key('我在假期的前三天完成了整个\n项目的重写工作。后来又改了一些。')
    expect(chinese).toMatch(/项目的重写工作。$/)
  })

  it('keeps a Chinese sentence whole across brackets and quotes', () => {
    expect(key('我们先建一个数组（也就是所谓的 ndarray。它很强大）再说别的。然后再相加。')).toBe(
      '我们先建一个数组（也就是所谓的 ndarray。它很强大）再说别的。',
    )
    expect(key('作者写道“先想清楚！再动手”这句话很有名。后面还有。')).toBe(
      '作者写道“先想清楚！再动手”这句话很有名。',
    )
  })

  it('ends a Thai sentence at the space that ends it, a clause or a name going on', () => {
    const first =
      'เมื่อวันที่ 23 ตุลาคม บทความของทีมวิจัยได้ตีพิมพ์ในวารสาร [Nature](https://example.org/nature) แล้ว'
    // A given name and its surname, a space between them: "Somchai Jaidee", one name.
    expect(
      key('เมื่อปีที่แล้วได้รับคำชวนจากสมชาย ใจดี ให้เขียนหนังสือเกี่ยวกับคอมพิวเตอร์ควอนตัม ด้วยความช่วยเหลือจากเพื่อนๆ'),
    ).toBe('เมื่อปีที่แล้วได้รับคำชวนจากสมชาย ใจดี ให้เขียนหนังสือเกี่ยวกับคอมพิวเตอร์ควอนตัม')
    const second =
      'ทำให้หลายคนตื่นเต้นกับคอมพิวเตอร์ควอนตัมมาก บทความนี้จะอธิบายว่าการทดลองนี้ทำอะไรและไม่ได้ทำอะไรบ้าง'
    expect(key(`${first} ${second}`)).toBe(
      'เมื่อวันที่ 23 ตุลาคม บทความของทีมวิจัยได้ตีพิมพ์ในวารสาร Nature แล้ว',
    )
  })

  it('cuts a long Thai sentence between words, never inside one', () => {
    const sentence =
      'คอมพิวเตอร์ควอนตัมใช้หลักการซ้อนทับและการพัวพันของสถานะควอนตัมเพื่อคำนวณปัญหาบางอย่างได้เร็วกว่าคอมพิวเตอร์ทั่วไปอย่างมากโดยเฉพาะปัญหาการสุ่มตัวอย่างวงจรที่ซับซ้อน'
    const shown = key(sentence)
    expect(shown.endsWith('…')).toBe(true)
    const head = shown.slice(0, -1)
    expect(sentence.startsWith(head)).toBe(true)
    const boundaries = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(sentence)].map(
      (segment) => segment.index,
    )
    expect(boundaries).toContain(head.length)
  })

  it('still ends at a sentence end, or a semicolon outside brackets', () => {
    expect(key('Version 1.2 of node.js came out today. Everyone upgraded.')).toBe(
      'Version 1.2 of node.js came out today.',
    )
    expect(key('The first clause stands alone; the second adds more.')).toBe(
      'The first clause stands alone;',
    )
  })

  it('does not end a sentence at the stop opening a word (`.NET`)', () => {
    expect(key('The Mono project aims to bring the .NET Framework to other platforms. Next.')).toBe(
      'The Mono project aims to bring the .NET Framework to other platforms.',
    )
    expect(key('Mono 项目的目标是把 .NET 框架带到其他平台。第二句。')).toBe(
      'Mono 项目的目标是把 .NET 框架带到其他平台。',
    )
  })
})

function shortItem(markdown: string): string | undefined {
  const list = unified().use(remarkParse).parse(markdown).children[0] as List
  const item = shortenedItem(list.children[0] as ListItem)
  return item && plainText(item.children[0] as Paragraph)
}

describe('shortenedItem', () => {
  it('joins a bold label to the sentence after it with one colon, whatever ends the label', () => {
    const rest =
      'Always use a fixed random seed to guarantee that when you run the code twice you will get the same outcome. This removes a factor of variation and will help keep you sane.'
    expect(shortItem(`- **fix random seed**. ${rest}`)).toBe(
      'fix random seed: Always use a fixed random seed to guarantee that when you run the code twice you will get the same outcome.',
    )
    expect(shortItem(`- **fix random seed** — ${rest}`)).toMatch(/^fix random seed: Always use/)
    expect(shortItem(`- **fix random seed**: ${rest}`)).toMatch(/^fix random seed: Always use/)
    const chinese =
      '始终使用固定的随机种子，保证同一份代码运行两次得到完全相同的结果，这样在排查训练问题的时候就少了一个变化的因素，你也能更快地判断到底是哪一处修改带来了差别。这能让你保持清醒，也让别人能复现你的实验结果，对整个团队都有好处。等到模型规模变大、训练时间变长以后，你会越来越感激当初做了这个小小的决定，因为每一次对比实验都建立在可以信赖的基础之上，结论也因此站得住脚。'
    expect(shortItem(`- **固定随机种子**。${chinese}`)).toMatch(
      /^固定随机种子：始终使用固定的随机种子/,
    )
  })

  it('keeps a bold label going on after a comma as the subject of its sentence, with no colon', () => {
    const rest =
      ', which are needed to make the verifier fast enough for real use. With naive interpolation we only get a slower bound, so fast transforms are used instead, as described in an earlier post.'
    expect(shortItem(`- **Efficient algorithms to extend the rows**${rest}`)).toBe(
      'Efficient algorithms to extend the rows, which are needed to make the verifier fast enough for real use.',
    )
    const chinese =
      '，它们是让验证者足够快的前提。用朴素的插值只能得到更慢的上界，所以这里改用快速变换，前面的一篇文章已经详细介绍过它的原理和实现方式，这里不再重复，只说明它在本方案中的作用和代价，以及在实际系统中需要注意的几个细节问题。等到数据规模变大以后，这些细节会直接决定证明的速度和内存占用，值得单独再写一篇文章讨论。'
    expect(shortItem(`- **扩展各行的高效算法**${chinese}`)).toBe(
      '扩展各行的高效算法，它们是让验证者足够快的前提。',
    )
  })

  it('shows a short title over long paragraphs with the key sentence of the first', () => {
    const body =
      'The initial visit to any page will be served the static, pre-rendered HTML for fast loading speed and optimal SEO. The page then loads a JavaScript bundle that turns the page into a Vue SPA.'
    expect(shortItem(`- **Fast Initial Load**\n\n  ${body}`)).toBe(
      'Fast Initial Load: The initial visit to any page will be served the static, pre-rendered HTML for fast loading speed and optimal SEO.',
    )
    const chinese =
      '第一次访问任何页面时，服务器都会返回预先渲染好的静态 HTML，加载很快，也有利于搜索引擎收录。随后页面加载一个 JavaScript 包，把页面变成一个单页应用，之后的导航都在浏览器里完成，不再整页刷新。很多人以为单页应用的激活过程很慢，其实得益于 Vue 3 的性能和编译器的优化，这一步非常快，在低端手机和慢速网络上也能拿到接近满分的性能评分。'
    expect(shortItem(`- **首次加载快**\n\n  ${chinese}`)).toBe(
      '首次加载快：第一次访问任何页面时，服务器都会返回预先渲染好的静态 HTML，加载很快，也有利于搜索引擎收录。',
    )
  })

  it('keeps a sentence over long paragraphs as it is, and an item of short paragraphs whole', () => {
    const body =
      '2.7 also supports using ESNext syntax in template expressions. When using a build system, the compiled template render function will go through the same loaders configured for normal JavaScript.'
    expect(
      shortItem(`- The emits option is also supported, for type-checking only.\n\n  ${body}`),
    ).toBe('The emits option is also supported, for type-checking only.')
    expect(
      shortItem('- **Documentation**\n\n  It powers the docs of Vite and Vitest.'),
    ).toBeUndefined()
  })
})
