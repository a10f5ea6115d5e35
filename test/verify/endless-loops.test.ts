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
  it('reads a Python loop over an iterator that never runs out, in a session or a script', async () => {
    const [session] = await samplesOf(
      "`cycle` 会无限重复：\n\n```python\n>>> from itertools import cycle\n>>> for item in cycle('AB'):\n...     print(item)\nA\nB\nA\n...\n```\n",
    )
    expect(session && endlessLoopAt(session)).toBe(
      "a loop that never ends, on purpose (`for item in cycle('AB'):` at line 5), stopped by the limits",
    )
    const [script] = await samplesOf(
      '```python\nimport itertools\nfor i, n in enumerate(itertools.count(10)):\n    print(i, n)\n```\n\nThis prints forever:\n\n```\n0 10\n1 11\n```\n',
    )
    expect(script && endlessLoopAt(script)).toContain(
      '`for i, n in enumerate(itertools.count(10)):`',
    )
    const [repeated] = await samplesOf(
      "```python\nfrom itertools import repeat\nfor word in repeat('hi'):\n    print(word)\n```\n",
    )
    expect(repeated && endlessLoopAt(repeated)).toContain("`for word in repeat('hi'):`")
  })
  it('keeps a loop over an iterator cut short, or one the post shows ending, a failure when it hangs', async () => {
    const samples = await samplesOf(
      [
        "```python\nfrom itertools import islice, count, repeat\nfor n in islice(count(), 3):\n    print(n)\nfor word in repeat('hi', 2):\n    print(word)\n```\n",
        '```python\nfrom itertools import count\nfor n in count():\n    if n > 2:\n        break\n    print(n)\n```\n',
        '```python\nfrom itertools import count\nfor n in count():\n    print(n)\n```\n\n输出：\n\n```\n0\n1\n2\n```\n',
      ].join('\n'),
    )
    expect(samples).toHaveLength(3)
    for (const sample of samples) expect(endlessLoopAt(sample)).toBeUndefined()
  })
  it('reads an output the post shows cut as the first lines of what the loop printed', async () => {
    const [session] = await samplesOf(
      "```python\n>>> for color in itertools.cycle(['red', 'blue']):\n...     print(color)\n...\n# red\n# blue\n# red\n```\n",
    )
    const printed = 'red\nblue\nred\nblue\nred\nblue\n'
    expect(session && endlessLoopAt(session, printed)).toContain('itertools.cycle')
    expect(session && endlessLoopAt(session)).toBeUndefined()
    expect(session && endlessLoopAt(session, 'red red\nblue blue\nred red\n')).toBeUndefined()
  })
})
