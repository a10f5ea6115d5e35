import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { hasErrors, hasSampleBlockingErrors, reportError, ruleIds } from '../messages.js'
import { contentDigest } from './content-digest.js'
import type { PostSource } from './find-posts.js'
import { readFrontMatter, standInFrontMatter } from './front-matter.js'
import type { FrontMatter } from './front-matter-schema.js'
import { checkInputLimits } from './input-limits.js'

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
 * alone, with its messages, when the front matter is unusable or the text
 * passes a limit of `inputLimits`. Read `samplesOnly` (to verify its code),
 * a post whose front matter lacks what its page needs is still read, with
 * warnings, and a post whose front matter cannot be read at all (invalid
 * YAML, a list) keeps its error and is read with stand-in fields: its
 * samples' lines are those of the file, so they are still verified.
 *
 * The `digest` is that of the bytes read (`contentDigest`), for a cache
 * to know which text the post was read from, should the file change.
 *
 * Note: a byte order mark is dropped and Windows line endings become `\n`,
 * so such a post reads exactly as the same post saved with `\n`; line
 * numbers do not change.
 */
export async function loadPost(
  source: PostSource,
  { samplesOnly = false }: { samplesOnly?: boolean } = {},
): Promise<{ file: VFile; post?: Post; digest: string }> {
  const bytes = await readFile(source.path)
  const digest = contentDigest(bytes)
  const text = normaliseLineEndings(bytes.toString('utf8'))
  const file = new VFile({ path: source.path, value: text })
  file.data.contentRoot = source.contentRoot
  file.data.slug = source.slug
  const problem = checkInputLimits(text)
  if (problem) {
    reportError(file, problem.reason, { line: problem.line, column: 1 }, ruleIds.inputLimit)
    return { file, digest }
  }
  const read = readFrontMatter(file, { samplesOnly })
  if (samplesOnly ? hasSampleBlockingErrors(file) : read === undefined || hasErrors(file)) {
    return { file, digest }
  }
  const frontMatter = read ?? standInFrontMatter(file)
  file.data.frontMatter = frontMatter
  return { file, post: { slug: source.slug, frontMatter, file }, digest }
}

/** `text` without a byte order mark, its line endings `\n`. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}
