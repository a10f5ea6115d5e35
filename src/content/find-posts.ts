import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Where a post lives, before it is read. */
export interface PostSource {
  /** Absolute path of the Markdown file. */
  path: string
  /**
   * URL name of the post: its path in the folder of posts without `.md`, or
   * its folder's path for `index.md` (`2024/a` for `posts/2024/a.md` and
   * `posts/2024/a/index.md`, as Astro's entry id); CJK kept.
   */
  slug: string
  /** Folder the post's assets must stay inside. */
  contentRoot: string
}

/**
 * Find the posts named by `paths`: a post file, a folder of posts, or a
 * content folder whose `posts/` folder holds them. A post is `<slug>.md` or
 * `<slug>/index.md`, in subfolders at any depth (`2024/a.md`, as Astro's
 * glob loader, Hexo's `_posts/<category>/` and Hugo's `post/<year>/` have
 * them); a folder with `index.md` is one post, its other files its assets.
 * Names starting with `.` or `_`, and `node_modules`, are skipped. A post
 * folder may be named too. Results are sorted by slug; the same file named
 * twice is found once.
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
    const folder = isContentFolder ? postsFolder : absolute
    const above = isContentFolder ? undefined : postsFolderAbove(absolute)
    const contentRoot = above ? path.dirname(above) : absolute
    const prefix = above ? slugOf(path.relative(above, absolute)) : ''
    found.push(...(await postsIn(folder, contentRoot, prefix)))
  }
  const unique = [...new Map(found.map((source) => [source.path, source])).values()]
  return unique.sort((a, b) => compareText(a.slug, b.slug) || compareText(a.path, b.path))
}

/** A path given to `findPosts` that does not exist. */
export class PathError extends Error {
  override name = 'PathError'
}

/**
 * A post named by its file. Inside a `posts/` folder, at any depth, it has
 * the slug and content root (the folder above `posts/`) it has when the
 * whole content folder is built; else it is named after its file (its
 * folder, for `index.md`) and its content root is the folder of posts it
 * is in.
 */
function sourceOfFile(file: string): PostSource {
  const isIndex = path.basename(file) === 'index.md'
  const post = isIndex ? path.dirname(file) : file.slice(0, -path.extname(file).length)
  const above = postsFolderAbove(path.dirname(post))
  if (above)
    return {
      path: file,
      slug: slugOf(path.relative(above, post)),
      contentRoot: path.dirname(above),
    }
  return { path: file, slug: path.basename(post), contentRoot: path.dirname(post) }
}

/** The nearest folder named `posts` that is `folder` or holds it. */
function postsFolderAbove(folder: string): string | undefined {
  for (let at = folder; ; at = path.dirname(at)) {
    if (path.basename(at) === 'posts') return at
    if (path.dirname(at) === at) return undefined
  }
}

/** A relative path as a slug: its segments joined by `/`. */
function slugOf(relative: string): string {
  return relative.split(path.sep).join('/')
}

/** Whether a folder entry is left out: hidden, `_`-prefixed (drafts, partials) or `node_modules`. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'node_modules'
}

/** The posts in `folder` and its subfolders, their slugs starting `prefix`. */
async function postsIn(folder: string, contentRoot: string, prefix: string): Promise<PostSource[]> {
  const posts: PostSource[] = []
  const named = (name: string) => (prefix === '' ? name : `${prefix}/${name}`)
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (skipped(entry.name)) continue
    const entryPath = path.join(folder, entry.name)
    if (entry.isFile() && entry.name.endsWith('.md')) {
      posts.push({ path: entryPath, slug: named(entry.name.slice(0, -'.md'.length)), contentRoot })
    } else if (entry.isDirectory()) {
      const index = path.join(entryPath, 'index.md')
      if ((await stat(index).catch(() => undefined))?.isFile()) {
        posts.push({ path: index, slug: named(entry.name), contentRoot })
      } else {
        posts.push(...(await postsIn(entryPath, contentRoot, named(entry.name))))
      }
    }
  }
  return posts
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Throw a `PathError` naming `paths` (as the user gave them, resolved
 * against `cwd`) when they hold no post at all, as a test runner stops on
 * "no test files found": a check that reads nothing must not pass.
 */
export async function requirePosts(paths: readonly string[], cwd: string): Promise<void> {
  const found = await findPosts(paths.map((input) => path.resolve(cwd, input)))
  if (found.length > 0) return
  const named = paths.map((input) => `\`${input}\``).join(', ')
  throw new PathError(
    `No posts found in ${named}: a post is a \`.md\` file, or a folder with \`index.md\`, in the folder (or its \`posts/\` folder) at any depth; names starting with \`.\` or \`_\` are skipped`,
  )
}
