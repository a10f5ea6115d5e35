import { spawnSync } from 'node:child_process'
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
    const entries = [...file('atom.xml').matchAll(/<title type="text">(Day \d)<\/title>/g)]
    expect(entries.map((match) => match[1])).toEqual(['Day 3', 'Day 2'])
    expect(file('sitemap.xml')).toContain('<loc>https://blog.example/posts/day-1/</loc>')
  })
})

/** The titles, tags and contents of a feed as a strict XML parser reads them; throws when it is not well-formed. */
function readFeed(xml: string): { titles: string[]; tags: string[]; contents: string[] } {
  const script = [
    'import sys, json, xml.dom.minidom as m',
    'd = m.parseString(sys.stdin.buffer.read())',
    'text = lambda n: "".join(c.data for c in n.childNodes if c.nodeType in (3, 4))',
    'e = d.getElementsByTagName("entry")',
    'print(json.dumps({"titles": [text(x.getElementsByTagName("title")[0]) for x in e],',
    '  "tags": [c.getAttribute("term") for c in d.getElementsByTagName("category")],',
    '  "contents": [text(x.getElementsByTagName("content")[0]) for x in e]}))',
  ].join('\n')
  const parsed = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' })
  if (parsed.status !== 0) throw new Error(`atom.xml is not well-formed XML: ${parsed.stderr}`)
  return JSON.parse(parsed.stdout)
}

describe('a feed whatever the content', () => {
  it('stays valid XML with `<` in a tag, `]]>` twice and markup or control characters in a title', async () => {
    const posts = path.join(await mkdtemp(path.join(tmpdir(), 'postdeck-feed-')), 'posts')
    await mkdir(posts)
    await writeFile(
      path.join(posts, 'cdata.md'),
      [
        '---',
        'title: "<b>粗体</b> & \\e[31m \\x01 ]]> 标题"',
        'published: 2026-04-01',
        'description: "a ]]> b ]]> c"',
        'tags: ["a<b", "C&C++", "]]>"]',
        '---',
        '',
        'Text with `]]>` and again ]]> here.',
        '',
      ].join('\n'),
    )
    const result = await renderSite({
      paths: [posts],
      verify: false,
      site: { url: 'https://blog.example/' },
    })
    const atom = result.outputs.find((output) => output.path === 'atom.xml')
    const feed = readFeed(atom && 'contents' in atom ? String(atom.contents) : '')
    // Titles are text: the markup is shown, not applied; what XML cannot hold is dropped.
    expect(feed.titles).toEqual(['<b>粗体</b> & \u001b[31m  ]]> 标题'.replace('\u001b', '')])
    expect(feed.tags).toEqual(['a<b', 'C&C++', ']]>'])
    expect(feed.contents[0]).toContain('<code>]]></code> and again ]]> here.')
  })
})
