import type { Parent, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { inputAfterCommand } from '../../src/verify/read/outputs/fences/input-after-command.js'

const tree = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root
const fence = (code: string, lang = '') => `\`\`\`${lang}\n${code}\n\`\`\`\n\n`

/** The input and output given under the first fence of the markdown. */
const given = (markdown: string) => {
  const root: Parent = tree(markdown)
  const first = root.children[0]
  return inputAfterCommand(first?.type === 'code' ? first.value : '', root, 0)
}

describe('inputAfterCommand', () => {
  it('reads the file a post gives under a command, then the output it prints', () => {
    const read = given(
      `${fence("grep 'gr[ae]y' colors.txt", 'bash')}**Sample Input (\`colors.txt\`):**\n\n${fence('grey\ngrAy')}**Example Output:**\n\n${fence('grey')}`,
    )
    expect(read?.name).toBe('colors.txt')
    expect(read?.content).toBe('grey\ngrAy\n')
    expect(read?.documented.lines).toEqual(['grey'])
  })

  it('reads it in Chinese, `假设 `a.txt` 的内容如下：` and `输出：`', () => {
    const read = given(
      `${fence('sort a.txt', 'bash')}假设 \`a.txt\` 的内容如下：\n\n${fence('b\na')}输出：\n\n${fence('a\nb')}`,
    )
    expect(read?.documented.lines).toEqual(['a', 'b'])
  })

  it('is nothing for a file the command does not name, a path, or no output lead-in', () => {
    const input = `**Sample Input (\`colors.txt\`):**\n\n${fence('grey')}`
    expect(given(`${fence("grep 'x' other.txt", 'bash')}${input}Output:\n\n${fence('x')}`)).toBe(
      undefined,
    )
    expect(
      given(
        `${fence("grep 'x' /opt/test.txt", 'bash')}**Sample Input (\`/opt/test.txt\`):**\n\n${fence('x')}Output:\n\n${fence('x')}`,
      ),
    ).toBe(undefined)
    expect(given(`${fence("grep 'x' colors.txt", 'bash')}${input}Then:\n\n${fence('x')}`)).toBe(
      undefined,
    )
  })
})
