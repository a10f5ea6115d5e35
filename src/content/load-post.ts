import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { hasErrors } from '../messages.js'
import type { PostSource } from './find-posts.js'
import { readFrontMatter } from './front-matter.js'
import type { FrontMatter } from './front-matter-schema.js'

declare module 'vfile' {
  interface DataMap {
    /** Validated front matter of the post; set by `loadPost`. */
    frontMatter: FrontMatter
  }
}

/** A post read from disk with valid front matter. */
export interface Post {
  slug: string
  frontMatter: FrontMatter
  /** The post's text, path and messages; `file.data` carries what later stages learn. */
  file: VFile
}

/**
 * Read the post at `source` and validate its front matter. Returns the file
 * alone, with its messages, when the front matter is unusable.
 */
export async function loadPost(source: PostSource): Promise<{ file: VFile; post?: Post }> {
  const file = new VFile({ path: source.path, value: await readFile(source.path, 'utf8') })
  file.data.contentRoot = source.contentRoot
  const frontMatter = readFrontMatter(file)
  if (frontMatter === undefined || hasErrors(file)) return { file }
  file.data.frontMatter = frontMatter
  return { file, post: { slug: source.slug, frontMatter, file } }
}
