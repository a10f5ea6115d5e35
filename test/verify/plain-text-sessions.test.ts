import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { namesNoLanguage } from '../../src/verify/read/plain-text-labels.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

describe('a `>>>` session in a fence labelled as plain text', () => {
  it('reads plain-text labels as naming no language', () => {
    for (const lang of ['plain', 'text', 'TXT', 'plaintext', null]) {
      expect(namesNoLanguage({ type: 'code', lang, value: '' })).toBe(true)
    }
    expect(namesNoLanguage({ type: 'code', lang: 'output', value: '' })).toBe(false)
    expect(namesNoLanguage({ type: 'code', lang: 'python', value: '' })).toBe(false)
  })

  it('is a Python session of its own under a definition, not the definition output', async () => {
    const samples = await samplesOf(
      '```python\ndef power(x, n=2):\n    return x ** n\n```\n\n调用：\n\n```plain\n>>> power(5)\n25\n```\n',
    )
    expect(samples.map((sample) => [sample.line, sample.runner.id])).toEqual([
      [1, 'python'],
      [8, 'python'],
    ])
    expect(samples[0]?.expected).toBeUndefined()
  })

  it('is a session alone in a `text` fence, and a `#!` line there stays shown text', async () => {
    const samples = await samplesOf(
      '```text\n>>> sorted({3, 1, 2})\n[1, 2, 3]\n```\n\n```text\n#!/bin/sh\nexit 3\n```\n',
    )
    expect(samples.map((sample) => [sample.line, sample.runner.id])).toEqual([[1, 'python']])
  })
})
