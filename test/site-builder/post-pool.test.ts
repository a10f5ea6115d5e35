import { describe, expect, it } from 'vitest'
import { siteConfigSchema } from '../../src/content/site-config.js'
import { createPostPool } from '../../src/site-builder/post-pool.js'

describe('a post pool', () => {
  it('fails the calls of a worker thread that crashed, not the process', async () => {
    // Note: the thread checks the settings it is given; an empty title makes it throw as it starts.
    const pool = createPostPool({ ...siteConfigSchema.parse({}), title: '' }, 2)
    const source = { path: '/nowhere/post.md', slug: 'post', contentRoot: '/nowhere' }
    await expect(pool.prepare()).rejects.toThrow()
    // A read dealt to the dead thread fails at once instead of waiting forever.
    const reads = await Promise.allSettled(
      Array.from({ length: 8 }, (_, index) =>
        pool.inspect(
          { ...source, path: `/nowhere/${index}.md` },
          { drafts: false, samplesOnly: false },
        ),
      ),
    )
    expect(reads.every((read) => read.status === 'rejected')).toBe(true)
    await pool.close()
  })

  it('drops the reads still waiting once their signal aborts', async () => {
    const pool = createPostPool(siteConfigSchema.parse({}), 1)
    const controller = new AbortController()
    const source = { path: '/nowhere/post.md', slug: 'post', contentRoot: '/nowhere' }
    const reads = Array.from({ length: 10 }, (_, index) =>
      pool.inspect(
        { ...source, path: `/nowhere/${index}.md` },
        { drafts: false, samplesOnly: false },
        controller.signal,
      ),
    )
    controller.abort(new Error('stopped'))
    const settled = await Promise.allSettled(reads)
    const reasons = settled.map((read) => (read.status === 'rejected' ? String(read.reason) : ''))
    // The first few were sent before the abort, and fail on the missing file; the rest never start.
    expect(reasons.filter((reason) => reason === 'Error: stopped')).toHaveLength(6)
    await pool.close()
  })
})
