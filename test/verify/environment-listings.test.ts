import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { listsEnvironment } from '../../src/verify/read/transcripts/environment-listings.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

const fence = '```'

async function verifyText(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

describe('a command listing the environment', () => {
  it.each([['env'], ['A=1 B=1 env | grep -e A= -e B='], ['printenv | sort -r'], ['export -p']])(
    'is read as one: `%s`',
    (command) => expect(listsEnvironment(command)).toBe(true),
  )

  it.each([['printenv HOME USER'], ['env -i A=1 sh -c "echo $A"'], ['echo env'], ['set -e']])(
    'is not: `%s`',
    (command) => expect(listsEnvironment(command)).toBe(false),
  )

  it('has its lines compared in any order, and every line still compared', async () => {
    const listed = '$ A=1 B=1 env | grep -e ^A= -e ^B=\nA=1\nB=1'
    const wrong = '$ A=1 B=1 env | grep -e ^A= -e ^B=\nB=1\nA=2'
    const [inAnyOrder, differs] = await verifyText(
      `Two:\n\n${fence}console\n${listed}\n${fence}\n\nAgain:\n\n${fence}console\n${wrong}\n${fence}\n`,
    )
    expect(inAnyOrder?.status).toBe('passed')
    expect(differs?.status).toBe('failed')
  })
})
