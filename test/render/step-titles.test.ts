import type { Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { introducesNext, isStepTitle } from '../../src/render/slides/paginate/lead-ins.js'

/** The blocks of a Markdown snippet. */
function blocks(markdown: string): RootContent[] {
  return (unified().use(remarkParse).parse(markdown) as Root).children
}

describe('isStepTitle', () => {
  it.each([
    '2、`remove` —— 删除并返回指定位置的字符',
    '（3）如何连接字符串',
    '三、单向散列函数的实际应用',
    '第二步，挤出阶段',
    'Step 2 `remove` – delete the first item equal to a value',
    '**Creating vconsole.conf**',
  ])('reads "%s" as a step’s title', (line) => {
    expect(isStepTitle(blocks(line)[0] as RootContent)).toBe(true)
  })

  it.each([
    '2、删除并返回指定位置的字符。',
    '**It changes the list in place.**',
    'Lists have three methods that remove items.',
    '2020 年是不平凡的一年',
    `3、${'很长的一句话'.repeat(12)}`,
  ])('reads "%s" as no title', (line) => {
    expect(isStepTitle(blocks(line)[0] as RootContent)).toBe(false)
  })

  it('introduces what is shown after it, not the next step’s title', () => {
    const [first, code] = blocks('1、`pop`\n\n```python\nx.pop()\n```')
    expect(introducesNext(first as RootContent, code as RootContent)).toBe(true)
    const [one, two] = blocks('1、`pop`\n\n2、`remove`')
    expect(introducesNext(one as RootContent, two as RootContent)).toBe(false)
  })
})
