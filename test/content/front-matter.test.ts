import matter from 'gray-matter'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../../src/content/front-matter.js'

function read(source: string) {
  const file = new VFile({ path: 'post.md', value: source })
  const frontMatter = readFrontMatter(file)
  return { frontMatter, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) }
}

describe('readFrontMatter', () => {
  it('reads fuwari front matter, keeps unknown keys and fills defaults', () => {
    const { frontMatter, messages } = read(
      '---\ntitle: Hello\npublished: 2026-02-07\nlang: zh_CN\nseries: intro\n---\nBody\n',
    )
    expect(messages).toEqual([])
    expect(frontMatter).toEqual({
      title: 'Hello',
      published: '2026-02-07',
      lang: 'zh-CN',
      series: 'intro',
      tags: [],
      draft: false,
    })
  })

  it('treats empty-looking values as empty', () => {
    const { frontMatter } = read(
      '---\ntitle: T\npublished: 2026-02-07\nimage: “”\ndescription: "   "\ncategory: \'\'\nlang: ""\n---\n',
    )
    expect(frontMatter?.image).toBeUndefined()
    expect(frontMatter?.description).toBeUndefined()
    expect(frontMatter?.category).toBeUndefined()
    expect(frontMatter?.lang).toBeUndefined()
  })

  it('keeps the written day of a timestamp', () => {
    const { frontMatter } = read('---\ntitle: T\npublished: 2026-02-07T23:30:00-08:00\n---\n')
    expect(frontMatter?.published).toBe('2026-02-07')
  })

  it("bypasses gray-matter's cache, which shares objects between identical inputs", () => {
    const source = '---\ntitle: Same\npublished: 2026-02-07\ntags: [a]\n---\n'
    read(source)
    read(source)
    // gray-matter's typings omit its cache, which it keeps on the function.
    expect(Object.keys(Reflect.get(matter, 'cache') as object)).toEqual([])
  })

  it('reports front matter that is never closed instead of publishing it', () => {
    expect(read('---\ntitle: T\npublished: 2026-02-07\n\nBody\n').messages).toEqual([
      '1:1 Front matter is never closed: end it with a `---` line',
    ])
  })

  it('reads files with Windows line endings', () => {
    const { frontMatter, messages } = read(
      '---\r\ntitle: T\r\npublished: 2026-02-07\r\n---\r\nBody\r\n',
    )
    expect(messages).toEqual([])
    expect(frontMatter?.published).toBe('2026-02-07')
  })

  it('refuses JavaScript and CoffeeScript front matter without evaluating it', () => {
    for (const language of ['js', 'javascript', 'coffee']) {
      const { frontMatter, messages } = read(
        `---${language}\n{ title: (globalThis.evaluatedFrontMatter = '${language}'), published: '2026-02-07' }\n---\n`,
      )
      expect(frontMatter).toBeUndefined()
      expect(messages).toEqual([
        `1:1 Front matter in \`${language}\` is not read, as it would run code: write it in YAML`,
      ])
    }
    expect('evaluatedFrontMatter' in globalThis).toBe(false)
  })

  it('says when a date is well written but names no day', () => {
    const reasons = (date: string) => read(`---\ntitle: T\npublished: ${date}\n---\n`).messages
    expect(reasons('2026-02-30')).toEqual([
      '3:12 Front matter field `published` names a day that does not exist: `2026-02-30` (February 2026 has 28 days)',
    ])
    expect(reasons('2028-02-29')).toEqual([])
    expect(reasons('2026-13-01')).toEqual([
      '3:12 Front matter field `published` names month 13, which does not exist: `2026-13-01`',
    ])
  })

  it('points at the line of the bad value in the file', () => {
    const { messages } = read('---\ntitle: T\n\n\npublished: soon\n---\n')
    expect(messages).toEqual([
      '5:12 Front matter field `published` must be a date written as `YYYY-MM-DD`, not `soon`',
    ])
  })
})

describe('readFrontMatter for samples only', () => {
  function readForSamples(source: string) {
    const file = new VFile({ path: 'post.md', value: source })
    const frontMatter = readFrontMatter(file, { samplesOnly: true })
    return {
      frontMatter,
      messages: file.messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${m.reason}`),
    }
  }

  it("reads Jekyll's `published: true` flag as no date: a warning, and the post is still read", () => {
    const { frontMatter, messages } = readForSamples(
      '---\ntitle: Cached property\npublished: true\n---\n',
    )
    expect(frontMatter?.title).toBe('Cached property')
    expect(messages).toEqual([
      'warning Front matter field `published` must be a date written as `YYYY-MM-DD`, not `true`',
    ])
    expect(readForSamples('---\ntitle: 草稿\npublished: false\n---\n').frontMatter?.title).toBe(
      '草稿',
    )
  })

  it('keeps a date written wrong an error', () => {
    const { frontMatter, messages } = readForSamples('---\ntitle: T\npublished: yesterday\n---\n')
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      'error Front matter field `published` must be a date written as `YYYY-MM-DD`, not `yesterday`',
    ])
  })
})
