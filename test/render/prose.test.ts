import type { Paragraph } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { keySentence } from '../../src/render/slides/prose.js'

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
})
