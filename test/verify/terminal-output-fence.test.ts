import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'

function samples(markdown: string): Sample[] {
  const file = new VFile({ path: 'post.md', value: markdown })
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  processor.runSync(processor.parse(file), file)
  return file.data.samples ?? []
}

describe('a terminal fence under the code', () => {
  it('is the output of the sample above it, whatever it shows', () => {
    const [sample] = samples(
      '```js\nconsole.log(Object.keys({ a: 1 }))\n```\n\n```terminal\n["a"]\n```\n',
    )
    expect(sample?.expected).toMatchObject({ kind: 'block', lines: ['["a"]'] })
  })
})
