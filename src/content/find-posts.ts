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
 * `<slug>/index.md`, and a post folder may be named too. Results are sorted
 * by slug; the same file named twice is found once.
 *
 * Throws a `PathError` when a path does not exist; does not read the posts.
 */
export async function findPosts(paths: readonly string[]): Promise<PostSource[]> {
  const found: PostSource[] = []
  for (const input of paths) {
    const absolute = path.resolve(input)
    const stats = await stat(absolute).catch(() => undefined)
    if (!stats) throw new PathError(`No such file or folder: \`${input}\``)
    const postIndex = path.join(absolute, 'index.md')
    if (stats.isFile() || (await stat(postIndex).catch(() => undefined))?.isFile()) {
      found.push(sourceOfFile(stats.isFile() ? absolute : postIndex))
      continue
    }
    const postsFolder = path.join(absolute, 'posts')
    const isContentFolder = (await stat(postsFolder).catch(() => undefined))?.isDirectory() === true
    const contentRoot =
      !isContentFolder && path.basename(absolute) === 'posts' ? path.dirname(absolute) : absolute
    found.push(...(await postsIn(isContentFolder ? postsFolder : absolute, contentRoot)))
  }
  const unique = [...new Map(found.map((source) => [source.path, source])).values()]
  return unique.sort((a, b) => compareText(a.slug, b.slug) || compareText(a.path, b.path))
}

/** A path given to `findPosts` that does not exist. */
export class PathError extends Error {
  override name = 'PathError'
}

/**
 * A post named by its file. Its content root is the folder above the
 * `posts/` folder holding it, as when the whole content folder is built, or
 * else the folder of posts it is in.
 */
function sourceOfFile(file: string): PostSource {
  const folder = path.dirname(file)
  const isIndex = path.basename(file) === 'index.md'
  const postsFolder = isIndex ? path.dirname(folder) : folder
  const contentRoot =
    path.basename(postsFolder) === 'posts' ? path.dirname(postsFolder) : postsFolder
  const slug = isIndex ? path.basename(folder) : path.basename(file, path.extname(file))
  return { path: file, slug, contentRoot }
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
