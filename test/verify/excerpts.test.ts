import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

const program =
  '```js\nvar students = [\n  { id: 14 },\n]\nfor (let student of students) {\n  console.log(student.id)\n}\n```\n'

describe('markExcerpts', () => {
  it('marks a fence quoting lines of an earlier one, trailing elision comments aside', async () => {
    const samples = await samplesOf(
      `${program}\nConsider:\n\n\`\`\`js\nstudents = [ // ..\n\`\`\`\n\nAnd:\n\n\`\`\`js\nfor (let student of students) {\n\`\`\`\n`,
    )
    expect(samples.map((sample) => sample.excerptOf)).toEqual([undefined, 1, 1])
  })

  it('leaves alone a line found nowhere above, a short one, and other languages', async () => {
    const samples = await samplesOf(
      `${program}\n\`\`\`js\nfor (let teacher of teachers) {\n\`\`\`\n\n\`\`\`js\n}\n\`\`\`\n\n\`\`\`python\nfor (let student of students) {\n\`\`\`\n`,
    )
    expect(samples.map((sample) => sample.excerptOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})
