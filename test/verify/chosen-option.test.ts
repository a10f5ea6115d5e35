import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { errorChosenAfter } from '../../src/verify/read/error-claims/chosen-option.js'

/** The error chosen for the post's first code fence. */
function chosenFor(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown) as Root
  const index = tree.children.findIndex((node) => node.type === 'code')
  return errorChosenAfter(tree, index)
}

const options =
  '- A: `"hi"`\n- B: `undefined`\n- C: `"hi"`, `TypeError`\n- D: `TypeError`, `TypeError`\n'

describe('errorChosenAfter', () => {
  it('reads the error the chosen option names, in the folded answer', () => {
    const chosen = chosenFor(
      `###### 7. What's the output?\n\n\`\`\`javascript\nconst f = null\nf()\n\`\`\`\n\n${options}\n<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: C\n\nf is null.\n\n</p>\n</details>\n`,
    )
    expect(chosen?.name).toBe('TypeError')
    expect(chosen?.postLine).toBe(16)
    expect(
      chosenFor(
        '###### 8. 输出是什么？\n\n```javascript\nundefinedName\n```\n\n- A: `0`\n- B: `ReferenceError`\n\n<details><summary><b>答案</b></summary>\n<p>\n\n#### 答案: B\n\n</p>\n</details>\n',
      )?.name,
    ).toBe('ReferenceError')
  })

  it('claims nothing when the chosen option names no error, or two', () => {
    expect(
      chosenFor('```javascript\nconsole.log("hi")\n```\n\n' + options + '\n#### Answer: A\n'),
    ).toBeUndefined()
    expect(
      chosenFor('```javascript\nnull()\n```\n\n' + options + '\n#### 答案: D\n'),
    ).toBeUndefined()
    // Options that are not lettered, and an answer that names no option.
    expect(
      chosenFor('```javascript\nnull()\n```\n\n- `1`\n- `TypeError`\n\n#### Answer: B\n'),
    ).toBeUndefined()
    expect(
      chosenFor(
        '```javascript\nnull()\n```\n\n- A: `1`\n- B: `TypeError`\n\nThe answer is below.\n',
      ),
    ).toBeUndefined()
  })
})
