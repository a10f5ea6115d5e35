import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLiveSite, type LiveEvent } from '../../src/dev/live-site.js'
import { createFileCache } from '../../src/verify/run/sample-cache.js'
import type { VerifyPostsOptions } from '../../src/verify/verify-posts.js'

function post(title: string, day: number, tags: string[], body = 'Some text.') {
  return `---\ntitle: ${title}\npublished: 2026-03-0${day}\ntags: [${tags.join(', ')}]\n---\n\n## Part\n\n${body}\n`
}

/** A site of four posts, built live into `out`. */
async function liveSite(verify = false, samples: VerifyPostsOptions = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-live-'))
  const posts = path.join(folder, 'content', 'posts')
  await mkdir(posts, { recursive: true })
  await writeFile(path.join(posts, 'a.md'), post('A', 1, ['x']))
  await writeFile(path.join(posts, 'b.md'), post('B', 2, ['x', 'y']))
  await writeFile(path.join(posts, 'c.md'), post('C', 3, ['z']))
  await writeFile(path.join(posts, 'd.md'), post('D', 4, ['z']))
  const events: LiveEvent[] = []
  const live = createLiveSite(
    {
      cwd: folder,
      paths: [path.join(folder, 'content')],
      outDir: path.join(folder, 'out'),
      drafts: false,
      verify,
      samples,
    },
    (event) => events.push(event),
  )
  await live.settled()
  const change = async (file: string, text: string) => {
    const changed = path.join(posts, file)
    await writeFile(changed, text)
    events.length = 0
    live.changed({ files: new Set([changed]), structure: false, config: false, templates: false })
    await live.settled()
    return events
  }
  return { folder, posts, live, events, change, out: path.join(folder, 'out') }
}

function writtenBy(events: LiveEvent[]): string[] {
  const built = events.find((event) => event.type === 'built')
  if (built?.type !== 'built') throw new Error('nothing was built')
  return [...built.written].sort()
}

describe('a live site', () => {
  it('rewrites only the edited post when its body changes', async () => {
    const { change, live, out } = await liveSite()
    const events = await change('b.md', post('B', 2, ['x', 'y'], 'Edited text.'))
    expect(writtenBy(events)).toEqual(['posts/b/index.html', 'posts/b/slides/index.html'])
    expect(await readFile(path.join(out, 'posts', 'b', 'index.html'), 'utf8')).toContain(
      'Edited text.',
    )
    await live.close()
  })

  it('rewrites the pages that list or link to a post whose title changed, and no other', async () => {
    const { change, live } = await liveSite()
    const events = await change('b.md', post('B renamed', 2, ['x', 'y']))
    expect(writtenBy(events)).toEqual([
      'index.html',
      'posts/a/index.html',
      'posts/b/index.html',
      'posts/b/slides/index.html',
      'posts/c/index.html',
      'tags/x/index.html',
      'tags/y/index.html',
    ])
    await live.close()
  })

  it('adds a new post to the lists, and follows a new site config', async () => {
    const { folder, posts, live, events, out } = await liveSite()
    const added = path.join(posts, 'e.md')
    await writeFile(added, post('E', 5, ['z']))
    events.length = 0
    live.changed({ files: new Set([added]), structure: true, config: false, templates: false })
    await live.settled()
    expect(writtenBy(events)).toEqual([
      'index.html',
      'posts/d/index.html',
      'posts/e/index.html',
      'posts/e/slides/index.html',
      'tags/z/index.html',
    ])

    // A module config, edited twice: each edit is imported afresh.
    const config = path.join(folder, 'postdeck.config.mjs')
    for (const title of ['Renamed blog', 'Renamed again']) {
      await writeFile(config, `export default { title: ${JSON.stringify(title)} }\n`)
      live.changed({ files: new Set([config]), structure: false, config: true, templates: false })
      await live.settled()
      expect(await readFile(path.join(out, 'posts', 'a', 'index.html'), 'utf8')).toContain(title)
    }
    await live.close()
  })

  it('writes nothing on a content error, names it, and recovers', async () => {
    const { change, live, out } = await liveSite()
    const before = await readFile(path.join(out, 'posts', 'c', 'index.html'), 'utf8')
    const failed = await change('c.md', '---\ntitle: C\npublished: soon\n---\n\nText.\n')
    expect(failed.map((event) => event.type)).toEqual(['failed'])
    expect(live.state().errors).toEqual([
      'content/posts/c.md:3:12: error Front matter field `published` must be a date written as `YYYY-MM-DD`, not `soon` (front-matter-schema)',
    ])
    expect(live.state().frames).toEqual([
      '  1 | ---\n  2 | title: C\n> 3 | published: soon\n    |            ^\n  4 | ---\n  5 |',
    ])
    expect(await readFile(path.join(out, 'posts', 'c', 'index.html'), 'utf8')).toBe(before)
    const mended = await change('c.md', post('C', 3, ['z'], 'Mended.'))
    expect(mended.map((event) => event.type)).toEqual(['built'])
    expect(mended[0]?.type === 'built' && mended[0].recovered).toBe(true)
    expect(live.state().errors).toEqual([])
    await live.close()
  })

  it('verifies changed samples in the background, then shows their outputs', async () => {
    const { change, live, out, events } = await liveSite(true)
    const sample = (expected: string) =>
      post('D', 4, ['z'], `\`\`\`python\nprint("hi")\n# output:\n# ${expected}\n\`\`\``)
    await change('d.md', sample('hi'))
    // The change is built at once; verification follows.
    await expect.poll(() => live.state().verifying, { timeout: 10_000 }).toBe(false)
    await live.settled()
    expect(events.map((event) => event.type)).toEqual(['built', 'verifying', 'verified', 'built'])
    const page = await readFile(path.join(out, 'posts', 'd', 'index.html'), 'utf8')
    expect(page).toContain('Verified: the real output matches')

    await change('d.md', sample('bye'))
    await expect
      .poll(() => live.state().failures, { timeout: 10_000 })
      .toMatchObject([
        {
          location: 'content/posts/d.md:12',
          summary: 'output differs from the documented output',
          diff: ['12 │ - bye', '   │ + hi'],
        },
      ])
    expect(live.state().failures[0]?.href).toMatch(
      /^vscode:\/\/file\/.*\/content\/posts\/d\.md:12:1$/,
    )
    await live.settled()
    const failing = await readFile(path.join(out, 'posts', 'd', 'index.html'), 'utf8')
    expect(failing).not.toContain('Verified: the real output matches')
    await live.close()
  })

  it('copies an asset edited while the build failed once it is mended', async () => {
    const { change, live, posts, out } = await liveSite()
    const image = path.join(posts, 'data.txt')
    await writeFile(image, 'first')
    await change('a.md', post('A', 1, ['x'], '[data](./data.txt)'))
    expect(await readFile(path.join(out, 'posts', 'a', 'data.txt'), 'utf8')).toBe('first')
    await change('a.md', '---\ntitle: A\n---\n')
    await writeFile(image, 'second')
    live.changed({ files: new Set([image]), structure: false, config: false, templates: false })
    await live.settled()
    await change('a.md', post('A', 1, ['x'], '[data](./data.txt)'))
    expect(await readFile(path.join(out, 'posts', 'a', 'data.txt'), 'utf8')).toBe('second')
    await live.close()
  })

  it('says once that samples could not be verified, without trying again and again', async () => {
    const blocked = path.join(await mkdtemp(path.join(tmpdir(), 'postdeck-blocked-')), 'file')
    await writeFile(blocked, 'not a folder')
    const { change, live, events } = await liveSite(true, { cache: createFileCache(blocked) })
    await change('d.md', post('D', 4, ['z'], '```python\nprint("hi")\n# output:\n# hi\n```'))
    await expect
      .poll(() => events.some((event) => event.type === 'unverified'), {
        timeout: 10_000,
      })
      .toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(events.map((event) => event.type)).toEqual(['built', 'verifying', 'unverified'])
    await live.close()
  })
})
