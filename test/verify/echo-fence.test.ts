import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'
import { echoesOf } from '../../src/verify/read/transcripts/echo-fence.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

describe('a fence of REPL echoes under a Python sample', () => {
  it('documents the values of its bare expressions, one echo each', async () => {
    const [sample, ...rest] = await samplesOf(
      "```py\nwords = ['tea', 'milk']\nlen(words)\nwords[-1]\n```\n\n```txt\n>>> 2\n>>> 'milk'\n```\n",
    )
    expect(rest).toEqual([])
    expect(sample?.expected?.kind).toBe('statements')
    expect(
      sample?.expected?.parts?.map((part) => ({
        from: part.from,
        value: part.value,
        lines: part.lines,
        at: part.lineNumbers,
      })),
    ).toEqual([
      { from: 2, value: true, lines: ['2'], at: [8] },
      { from: 3, value: true, lines: ["'milk'"], at: [9] },
    ])
  })

  it('documents printed lines without their prompts, and is no session of its own in a `py` fence', async () => {
    const samples = await samplesOf(
      "```py\nfor word in ('tea', 'milk'):\n    print(word)\n```\n\n运行结果如下：\n\n```py\n>>> tea\n... milk\n```\n",
    )
    expect(samples).toHaveLength(1)
    expect(samples[0]?.expected).toMatchObject({
      kind: 'block',
      lines: ['tea', 'milk'],
      lineNumbers: [9, 10],
    })
  })

  it('leaves a session, whose output stands under its prompts, to be a session', () => {
    expect(echoesOf('>>> x = 1\n>>> x\n1')).toBeUndefined()
    expect(echoesOf(">>> [1,\n     2]\n>>> 'a'")).toEqual([
      { lines: ['[1,', '     2]'], offsets: [0, 1] },
      { lines: ["'a'"], offsets: [2] },
    ])
  })
})
