import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { checkedAnswer } from '../../src/verify/read/outputs/fences/checked-answer.js'

/** The checked answer paired with the post's first code fence. */
function answerOf(markdown: string) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const index = tree.children.findIndex((node) => node.type === 'code')
  return checkedAnswer(tree, index)
}

describe('checkedAnswer', () => {
  it('reads the checked option under a question asking for the output', () => {
    const answer = answerOf(
      '#### Q4. What is the output of this code?\n\n```bash\necho "$(( 9 / 4 ))"\n```\n\n- [ ] 2.25\n- [x] 2\n- [ ] 3\n',
    )
    expect(answer?.lines).toEqual(['2'])
    expect(answer?.lineNumbers).toEqual([8])
    expect(
      answerOf(
        '#### Q7. 以下代码的输出是什么?\n\n```bash\necho abc | tr a A\n```\n\n- [x] `Abc`\n- [ ] `ABC`\n',
      )?.lines,
    ).toEqual(['Abc'])
  })

  it('leaves answers in words, options naming other options, and other questions alone', () => {
    // An answer that explains: more words than output would hold.
    expect(
      answerOf(
        '#### Q1. What is the output?\n\n```bash\ntrue; echo $?\n```\n\n- [x] 0, meaning that the command before it succeeded\n- [ ] 1\n',
      ),
    ).toBeUndefined()
    // An answer in Chinese words, and a letter naming an option fence.
    expect(
      answerOf(
        '#### Q2. 输出是什么?\n\n```bash\necho $1\n```\n\n- [x] 它输出第一个参数\n- [ ] 报错\n',
      ),
    ).toBeUndefined()
    expect(
      answerOf('#### Q3. What is the output?\n\n```bash\nls\n```\n\n- [ ] A\n- [x] C\n'),
    ).toBeUndefined()
    // A question about something else than the output, and a list that is not a checklist.
    expect(
      answerOf(
        '#### Q5. What would be in out.txt?\n\n```bash\necho 1 > out.txt\n```\n\n- [x] 1\n- [ ] nothing\n',
      ),
    ).toBeUndefined()
    expect(
      answerOf('#### Q6. What is the output?\n\n```bash\necho 1\n```\n\n- one\n- two\n'),
    ).toBeUndefined()
  })
})
