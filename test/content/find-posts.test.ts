import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findPosts, PathError, requirePosts } from '../../src/content/find-posts.js'

describe('findPosts', () => {
  it('finds `<slug>.md` and `<slug>/index.md` in a content folder, CJK slugs kept', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'postdeck-find-'))
    await mkdir(path.join(content, 'posts', '异步编程'), { recursive: true })
    await mkdir(path.join(content, 'posts', 'Resource'))
    await writeFile(path.join(content, 'posts', '异步编程', 'index.md'), '')
    await writeFile(path.join(content, 'posts', 'hello-world.md'), '')
    await writeFile(path.join(content, 'posts', 'notes.txt'), '')

    const posts = await findPosts([content])
    expect(posts.map((post) => [post.slug, path.relative(content, post.path)])).toEqual([
      ['hello-world', path.join('posts', 'hello-world.md')],
      ['异步编程', path.join('posts', '异步编程', 'index.md')],
    ])
    expect(posts.every((post) => post.contentRoot === content)).toBe(true)
  })

  it('takes a post file and names it after the file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-find-'))
    await writeFile(path.join(folder, 'asyncio-异步编程.md'), '')
    const [post] = await findPosts([path.join(folder, 'asyncio-异步编程.md')])
    expect(post).toEqual({
      path: path.join(folder, 'asyncio-异步编程.md'),
      slug: 'asyncio-异步编程',
      contentRoot: folder,
    })
  })

  it('finds posts in subfolders at any depth, slugged by their path as Astro names entries', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'postdeck-find-'))
    const posts = path.join(content, 'posts')
    await mkdir(path.join(posts, '2024', 'b', 'pictures'), { recursive: true })
    await mkdir(path.join(posts, 'python', '异步', '深入'), { recursive: true })
    await writeFile(path.join(posts, '2024', 'a.md'), '')
    await writeFile(path.join(posts, '2024', 'b', 'index.md'), '')
    // Note: a post folder's other files are its assets, Markdown included.
    await writeFile(path.join(posts, '2024', 'b', 'notes.md'), '')
    await writeFile(path.join(posts, '2024', 'b', 'pictures', 'c.md'), '')
    await writeFile(path.join(posts, 'python', '异步', '深入', '协程.md'), '')

    const found = await findPosts([content])
    expect(found.map((post) => [post.slug, path.relative(posts, post.path)])).toEqual([
      ['2024/a', path.join('2024', 'a.md')],
      ['2024/b', path.join('2024', 'b', 'index.md')],
      ['python/异步/深入/协程', path.join('python', '异步', '深入', '协程.md')],
    ])
    expect(found.every((post) => post.contentRoot === content)).toBe(true)
  })

  it('gives a nested post the same slug when it, its folder or the posts folder is named', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'postdeck-find-'))
    await mkdir(path.join(content, 'posts', '2024', 'b'), { recursive: true })
    await writeFile(path.join(content, 'posts', '2024', 'a.md'), '')
    await writeFile(path.join(content, 'posts', '2024', 'b', 'index.md'), '')
    const named = async (...parts: string[]) =>
      (await findPosts([path.join(content, ...parts)])).map((post) => [post.slug, post.contentRoot])
    expect(await named('posts', '2024', 'a.md')).toEqual([['2024/a', content]])
    expect(await named('posts', '2024', 'b')).toEqual([['2024/b', content]])
    expect(await named('posts', '2024')).toEqual([
      ['2024/a', content],
      ['2024/b', content],
    ])
    expect(await named('posts')).toEqual(await named())
  })

  it('finds nested posts in a folder that is not a content folder, from that folder', async () => {
    const blog = await mkdtemp(path.join(tmpdir(), 'postdeck-find-'))
    await mkdir(path.join(blog, '2024'))
    await writeFile(path.join(blog, '2024', 'a.md'), '')
    expect(await findPosts([blog])).toEqual([
      { path: path.join(blog, '2024', 'a.md'), slug: '2024/a', contentRoot: blog },
    ])
  })

  it('skips hidden and `_` entries and node_modules at every depth', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'postdeck-find-'))
    const posts = path.join(content, 'posts')
    for (const folder of ['.git', '_drafts', 'node_modules/pkg', '2024/_partials', '2024/.cache']) {
      await mkdir(path.join(posts, folder), { recursive: true })
      await writeFile(path.join(posts, folder, 'README.md'), '')
    }
    await writeFile(path.join(posts, '2024', '_draft.md'), '')
    await writeFile(path.join(posts, '2024', '.hidden.md'), '')
    await writeFile(path.join(posts, '2024', '草稿.md'), '')
    expect((await findPosts([content])).map((post) => post.slug)).toEqual(['2024/草稿'])
  })

  it('rejects a path that does not exist', async () => {
    await expect(findPosts(['does/not/exist'])).rejects.toBeInstanceOf(PathError)
  })

  it('says which paths hold no post at all', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'postdeck-find-'))
    await mkdir(path.join(content, 'posts', '_drafts'), { recursive: true })
    await writeFile(path.join(content, 'posts', '_drafts', 'a.md'), '')
    await writeFile(path.join(content, 'posts', 'notes.txt'), '')
    const error = await requirePosts(['.'], content).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PathError)
    expect((error as PathError).message).toMatch(/^No posts found in `\.`/)
    await writeFile(path.join(content, 'posts', '2024.md'), '')
    await expect(requirePosts(['.'], content)).resolves.toBeUndefined()
  })
})
