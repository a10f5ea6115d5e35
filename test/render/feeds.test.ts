import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'

describe('the Atom feed', () => {
  it('holds the newest `feedLimit` posts, and the sitemap every page', async () => {
    const posts = path.join(await mkdtemp(path.join(tmpdir(), 'postdeck-feed-')), 'posts')
    await mkdir(posts)
    for (const day of [1, 2, 3]) {
      await writeFile(
        path.join(posts, `day-${day}.md`),
        `---\ntitle: Day ${day}\npublished: 2026-04-0${day}\n---\n\nText ${day}.\n`,
      )
    }
    const result = await renderSite({
      paths: [posts],
      verify: false,
      site: { url: 'https://blog.example/', feedLimit: 2 },
    })
    const file = (name: string) => {
      const output = result.outputs.find((candidate) => candidate.path === name)
      return output && 'contents' in output ? String(output.contents) : ''
    }
    const entries = [...file('atom.xml').matchAll(/<title type="html"><!\[CDATA\[(Day \d)\]\]>/g)]
    expect(entries.map((match) => match[1])).toEqual(['Day 3', 'Day 2'])
    expect(file('sitemap.xml')).toContain('<loc>https://blog.example/posts/day-1/</loc>')
  })
})
