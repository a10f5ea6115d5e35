import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { filesUsed } from '../../src/verify/read/named-files.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'

const tutorial = { content: 'module.exports = (a, b) => a + b', order: 1 }

describe('filesUsed, a CommonJS require without the extension', () => {
  it("gives `require('./tutorial')` the page's tutorial.js, as Node's require resolves it", () => {
    const code = "const sum = require('./tutorial')\nconsole.log(sum(1, 2))"
    expect(filesUsed(code, new Map([['tutorial.js', tutorial]]))).toEqual({
      'tutorial.js': tutorial.content,
    })
  })

  it('gives no file to an ES import without the extension, which Node does not resolve', () => {
    const code = "import sum from './tutorial'"
    expect(filesUsed(code, new Map([['tutorial.js', tutorial]]))).toEqual({})
  })

  it('gives no file to a require of another name (`./tutorials`)', () => {
    const code = "const sum = require('./tutorials')"
    expect(filesUsed(code, new Map([['tutorial.js', tutorial]]))).toEqual({})
  })
})

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

describe('a Python fence opening at a `$ ` prompt', () => {
  it('is a shell session, its commands run by bash', async () => {
    const [sample] = await samplesOf('```python\n$ echo hi\nhi\n```\n')
    expect(sample?.runner.id).toBe('bash')
    expect(sample?.expected?.lines).toEqual(['hi'])
  })

  it('stays Python when a `$` only appears later, in a string', async () => {
    const [sample] = await samplesOf('```python\nprint("$ echo hi")\n```\n')
    expect(sample?.runner.id).toBe('python')
  })
})
