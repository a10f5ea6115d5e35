import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { verifyPosts } from '../src/vitest.js'

// The helper registers one test per sample of the seed: six tests below.
const count = await verifyPosts([path.join(import.meta.dirname, 'fixtures', 'seed', 'input.md')], {
  cache: false,
})

it('registered a test for every sample', () => {
  expect(count).toBe(6)
})

const blog = path.join(import.meta.dirname, 'vitest-blog')
const vitest = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
)

interface JsonReport {
  testResults: Array<{
    assertionResults: Array<{
      title: string
      status: string
      duration: number
      failureMessages: string[]
    }>
  }>
}

/** Run Vitest in the fixture blog, as its `npm test` would, and read its JSON report. */
async function runBlogTests(cacheFolder: string) {
  const report = path.join(await mkdtemp(path.join(tmpdir(), 'postdeck-vitest-')), 'report.json')
  await promisify(execFile)(
    process.execPath,
    [vitest, 'run', '--root', blog, '--reporter=json', `--outputFile=${report}`],
    { cwd: blog, env: { ...process.env, POSTDECK_CACHE_DIR: cacheFolder, CI: 'true' } },
  ).catch(() => {}) // the blog has failing samples: Vitest exits 1
  const { testResults } = JSON.parse(await readFile(report, 'utf8')) as JsonReport
  return new Map(
    testResults.flatMap((file) => file.assertionResults).map((test) => [test.title, test]),
  )
}

describe('the Vitest helper in a blog', () => {
  it('names tests from the project root, allows annotated timeouts, caches, and points into the post', async () => {
    const cacheFolder = await mkdtemp(path.join(tmpdir(), 'postdeck-cache-'))
    const first = await runBlogTests(cacheFolder)
    expect([...first.keys()].sort()).toEqual([
      'content/posts/broken-date.md:3 front-matter-schema',
      'content/posts/slow-sum.md:9 python',
      'content/posts/列表.md:20 js',
      'content/posts/列表.md:8 python',
    ])
    // A 6 s sample annotated `timeout=30`, beyond Vitest's default 5 s.
    const slow = first.get('content/posts/slow-sum.md:9 python')
    expect(slow?.status).toBe('passed')
    expect(slow?.duration).toBeGreaterThan(6000)
    expect(first.get('content/posts/列表.md:20 js')?.status).toBe('passed')

    const failure = first.get('content/posts/列表.md:8 python')?.failureMessages.join('\n') ?? ''
    expect(failure).toContain('content/posts/列表.md:15: output differs from the documented output')
    expect(failure).toContain('15 │ - 4\n   │ + 3')
    expect(failure).toContain('> 15 | 4')
    const contentError =
      first.get('content/posts/broken-date.md:3 front-matter-schema')?.failureMessages.join('\n') ??
      ''
    expect(contentError).toContain('names a day that does not exist: `2026-02-30`')
    expect(contentError).toContain('> 3 | published: 2026-02-30')

    // The second run takes the passed samples from the cache: the 6 s sample does not run again.
    const second = await runBlogTests(cacheFolder)
    expect(second.get('content/posts/slow-sum.md:9 python')?.status).toBe('passed')
    expect(second.get('content/posts/slow-sum.md:9 python')?.duration).toBeLessThan(6000)
  }, 120_000)
})
