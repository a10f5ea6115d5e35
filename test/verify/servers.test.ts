import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { serverWaiting } from '../../src/verify/read/not-checkable/needs/servers.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

const server =
  '```js\nconst http = require("http")\nconst server = http.createServer((req, res) => res.end("hi"))\nserver.listen(8080) // 监听端口\n```\n'

describe('a server stopped by the timeout', () => {
  it('is what the code was written to do, the comment on its listen line a remark', async () => {
    const [sample] = await samplesOf(server)
    expect(sample && serverWaiting(sample, '')).toBe(
      'it starts a server that waits for requests until it is stopped (`server.listen(8080)` at line 4), and the timeout stopped it',
    )
  })

  it('is one when it printed every line its post shows', async () => {
    const [sample] = await samplesOf(
      '```js\nconst http = require("http")\nhttp.createServer((q, r) => r.end()).listen(3000, () => console.log("listening on 3000"))\n```\n\nOutput:\n\n```\nlistening on 3000\n```\n',
    )
    expect(sample && serverWaiting(sample, 'listening on 3000\n')).toMatch(/starts a server/)
  })

  it('stays a failure when it printed other lines than the post shows', async () => {
    const [sample] = await samplesOf(
      '```js\nconst http = require("http")\nhttp.createServer((q, r) => r.end()).listen(3000, () => console.log("listening on 3000"))\n```\n\nOutput:\n\n```\nlistening on 8000\n```\n',
    )
    expect(sample && serverWaiting(sample, 'listening on 3000\n')).toBeUndefined()
  })

  it('stays a failure for code that hangs without starting a server, or closes its own', async () => {
    const [hangs, closes] = await samplesOf(
      '```js\nwhile (Date.now() > 0) {}\n```\n\n```js\nconst s = require("http").createServer()\ns.listen(0, () => s.close())\n```\n',
    )
    expect(hangs && serverWaiting(hangs, '')).toBeUndefined()
    expect(closes && serverWaiting(closes, '')).toBeUndefined()
  })
})
