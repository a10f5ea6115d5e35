import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { verify } from '../../src/pipeline.js'
import { rehypeSampleVerdicts } from '../../src/unified/rehype-sample-verdicts.js'
import { remarkSampleVerdicts } from '../../src/unified/remark-sample-verdicts.js'
import type { SampleResult } from '../../src/verify/verify-samples.js'

const post = `---
title: 两个例子
published: 2026-03-01
---

第一个例子：

\`\`\`python
print("你好")
# 输出：
# 你好
\`\`\`

A second one, whose documented output is wrong:

\`\`\`python
print(2 * 21)
# output:
# 41
\`\`\`

Not a sample:

\`\`\`text
plain
\`\`\`
`

let file: string
let results: SampleResult[]

beforeAll(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-verdicts-'))
  file = path.join(folder, 'posts', 'two.md')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, post)
  results = (await verify({ paths: [file] })).samples
})

async function render(text: string, failed = false, filePath = file): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkSampleVerdicts, { results, failed })
    .use(remarkRehype)
    .use(rehypeSampleVerdicts)
    .use(rehypeStringify)
  return String(await processor.process(new VFile({ path: filePath, value: text })))
}

describe('remarkSampleVerdicts with rehypeSampleVerdicts', () => {
  it('marks the passed sample after its block, with its output, and leaves the failed one alone', async () => {
    expect(results.map((result) => result.status)).toEqual(['passed', 'failed'])
    const html = await render(post)
    expect(html).toContain(
      '<details class="postdeck-sample" data-status="passed"><summary>✓ Verified: the real output matches</summary><pre><code>你好</code></pre></details>',
    )
    expect(html).toContain(
      '<pre data-postdeck-sample="passed"><code class="language-python">print("你好")',
    )
    expect(html.match(/postdeck-sample/g)).toHaveLength(2)
  })

  it('matches blocks by code, so a body rendered without its front matter is marked too', async () => {
    const body = post.slice(post.indexOf('第一个'))
    expect(await render(body)).toContain('data-status="passed"')
  })

  it('says why a sample failed when asked to, for previews', async () => {
    const html = await render(post, true)
    expect(html).toContain(
      '<p class="postdeck-sample" data-status="failed" role="note">✗ Sample failed: ',
    )
  })

  it('marks nothing in another file', async () => {
    expect(await render(post, true, path.join(path.dirname(file), 'other.md'))).not.toContain(
      'postdeck-sample',
    )
  })
})
