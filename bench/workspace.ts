/**
 * The folder the bench runs postdeck from: a project of its own (a
 * `package.json`, so postdeck's caches go to its `node_modules/.cache/postdeck`)
 * with the seed post and its images in `content/posts/`.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const posts = path.join(import.meta.dirname, '..', 'content', 'posts')

/** The seed post's file name in `content/posts/`. */
export const seedName = 'asyncio-异步编程.md'

/** The seed post in the project. */
export const seedPost = path.join(posts, seedName)

/** Set up the workspace in the empty folder `folder`; returns the path of its copy of the seed post. */
export async function makeWorkspace(folder: string): Promise<string> {
  const target = path.join(folder, 'content', 'posts')
  await mkdir(target, { recursive: true })
  await writeFile(
    path.join(folder, 'package.json'),
    `${JSON.stringify({ name: 'postdeck-bench-site', private: true }, null, 2)}\n`,
  )
  await cp(seedPost, path.join(target, seedName))
  await cp(path.join(posts, 'Resource'), path.join(target, 'Resource'), { recursive: true })
  return path.join(target, seedName)
}
