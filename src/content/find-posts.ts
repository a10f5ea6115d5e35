import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Where a post lives, before it is read. */
export interface PostSource {
  /** Absolute path of the Markdown file. */
  path: string
  /** URL name of the post: its file name without `.md`, or its folder's name for `index.md`; CJK kept. */
  slug: string
  /** Folder the post's assets must stay inside. */
  contentRoot: string
}

/**
 * Find the posts named by `paths`: a post file, a folder of posts, or a
 * content folder whose `posts/` folder holds them. A post is `<slug>.md` or
 * `<slug>/index.md`. Results are sorted by slug.
 *
 * Throws a `PathError` when a path does not exist; does not read the posts.
 */
export async function findPosts(paths: readonly string[]): Promise<PostSource[]> {
  const found: PostSource[] = []
  for (const input of paths) {
    const absolute = path.resolve(input)
    const stats = await stat(absolute).catch(() => undefined)
    if (!stats) throw new PathError(`No such file or folder: \`${input}\``)
    if (stats.isFile()) {
      found.push(sourceOfFile(absolute))
      continue
    }
    const postsFolder = path.join(absolute, 'posts')
    const isContentFolder = (await stat(postsFolder).catch(() => undefined))?.isDirectory() === true
    found.push(...(await postsIn(isContentFolder ? postsFolder : absolute, absolute)))
  }
  return found.sort((a, b) => compareText(a.slug, b.slug) || compareText(a.path, b.path))
}

/** A path given to `findPosts` that does not exist. */
export class PathError extends Error {
  override name = 'PathError'
}

function sourceOfFile(file: string): PostSource {
  const folder = path.dirname(file)
  if (path.basename(file) === 'index.md') {
    return { path: file, slug: path.basename(folder), contentRoot: path.dirname(folder) }
  }
  return { path: file, slug: path.basename(file, path.extname(file)), contentRoot: folder }
}

async function postsIn(folder: string, contentRoot: string): Promise<PostSource[]> {
  const posts: PostSource[] = []
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue
    const entryPath = path.join(folder, entry.name)
    if (entry.isFile() && entry.name.endsWith('.md')) {
      posts.push({ path: entryPath, slug: entry.name.slice(0, -'.md'.length), contentRoot })
    } else if (entry.isDirectory()) {
      const index = path.join(entryPath, 'index.md')
      if ((await stat(index).catch(() => undefined))?.isFile()) {
        posts.push({ path: index, slug: entry.name, contentRoot })
      }
    }
  }
  return posts
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
