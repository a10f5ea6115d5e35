import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { endlessLoopAt } from '../../src/verify/read/not-checkable/needs/endless-loops.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

describe('a loop that never ends on purpose', () => {
  it('reads it in a script a transcript lists, stopped with Ctrl+C as the post says', async () => {
    const [sample] = await samplesOf(
      '```bash\n$ cat ticks.sh\ni=1\nfor (( ; ; ))\ndo\n  echo "tick $((i++))"\ndone\n\n# stop it with Ctrl+C\n$ ./ticks.sh\ntick 1\ntick 2\n```\n',
    )
    expect(sample && endlessLoopAt(sample)).toBe(
      'a loop that never ends, on purpose (`for (( ; ; ))` in the script it lists), stopped by the limits',
    )
  })
  it('keeps a hang a failure when the output shown ends and nothing says it goes on', async () => {
    const [sample] = await samplesOf(
      '```bash\n$ cat ticks.sh\nfor (( ; ; ))\ndo\n  echo tick\ndone\n\n$ ./ticks.sh\ntick\n```\n',
    )
    expect(sample && endlessLoopAt(sample)).toBeUndefined()
  })
  it('reads the sentence leading to the output saying it goes on indefinitely, in English or Chinese', async () => {
    const code =
      '```python\nimport time\nwhile True:\n    print("tick")\n    time.sleep(1)\n```\n\n'
    const [english] = await samplesOf(
      `${code}This prints the following indefinitely:\n\n\`\`\`\ntick\ntick\n\`\`\`\n`,
    )
    expect(english && endlessLoopAt(english)).toContain('a loop that never ends, on purpose')
    const [chinese] = await samplesOf(`${code}程序会一直打印下去：\n\n\`\`\`\ntick\ntick\n\`\`\`\n`)
    expect(chinese && endlessLoopAt(chinese)).toContain('a loop that never ends, on purpose')
    const [ends] = await samplesOf(`${code}This prints:\n\n\`\`\`\ntick\ntick\n\`\`\`\n`)
    expect(ends && endlessLoopAt(ends)).toBeUndefined()
  })
})
