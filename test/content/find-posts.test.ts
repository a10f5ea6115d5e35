import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findPosts, PathError } from '../../src/content/find-posts.js'

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

  it('rejects a path that does not exist', async () => {
    await expect(findPosts(['does/not/exist'])).rejects.toBeInstanceOf(PathError)
  })
})
