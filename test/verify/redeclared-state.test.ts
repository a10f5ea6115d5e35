import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

const fence = '```'

async function verifyText(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

// Two answers to one question, each declaring `sum`; the second uses the first's `add`.
const answers = (first: string, second: string) =>
  [
    first,
    '',
    `${fence}js`,
    'function add(a, b) {',
    '  return Promise.resolve(a + b)',
    '}',
    'function sum(arr) {',
    '  return arr.reduce((acc, item) => acc.then((total) => add(total, item)), Promise.resolve(0))',
    '}',
    fence,
    '',
    second,
    '',
    `${fence}js`,
    'const sum = (arr) => arr.reduce(async (acc, item) => add(await acc, item), Promise.resolve(0))',
    fence,
    '',
  ].join('\n')

describe('a sample declaring again a name of the sample it takes its state from', () => {
  it.each([
    answers('One answer:', 'Another answer, run one after the other:'),
    answers('一种回答：', '另一种回答，串行：'),
  ])('is another version of that name, a note, not a failure', async (post) => {
    const [first, second] = await verifyText(post)
    expect(first?.status).toBe('passed')
    expect(second?.status).toBe('noted')
    expect(second?.summary).toMatch(
      /declares `sum` again, another version of the sample at post\.md:3/,
    )
  })

  it('still fails on an error of its own code after the state', async () => {
    const post = answers('One answer:', 'Another:').replace(
      'const sum = (arr) =>',
      'add.missing.call()\nconst total = (arr) =>',
    )
    const [, second] = await verifyText(post)
    expect(second?.status).toBe('failed')
    expect(second?.summary).toMatch(/TypeError/)
  })
})
