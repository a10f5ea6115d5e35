import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

describe('an example of the output pasted under a comment in a shell fence', () => {
  it('reads `# 输出示例：` and `# Sample output:` as `# 输出：` is read', async () => {
    const [zh, en] = await samplesOf(
      '```bash\necho "a (b)"\n\n# 输出示例：\na (b)\n```\n\n```bash\necho 10\n\n# Sample output:\n10\n```\n',
    )
    expect(zh?.expected?.lines).toEqual(['a (b)'])
    expect(en?.expected?.lines).toEqual(['10'])
  })

  it('reads no example of something else (`# 示例：`) as output', async () => {
    const [sample] = await samplesOf('```bash\necho 10\n\n# 示例：\n10\n```\n')
    expect(sample?.expected).toBeUndefined()
  })
})
