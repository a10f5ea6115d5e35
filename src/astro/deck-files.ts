import path from 'node:path'
import { slug as githubSlug } from 'github-slugger'
import type { OutputFile } from '../write/output-file.js'

/**
 * The slug Astro gives a post of a content collection: the front matter's
 * `slug`, else each segment of its path in the collection slugged the way
 * GitHub slugs headings (lower case, punctuation dropped, CJK kept), without
 * the extension and a final `/index`. Note: this is what Astro 5 does for
 * both the `glob()` loader and legacy collections.
 */
export function astroSlug(pathInCollection: string, frontMatterSlug?: unknown): string {
  if (typeof frontMatterSlug === 'string' && frontMatterSlug.trim()) return frontMatterSlug.trim()
  const withoutExtension = pathInCollection.replace(/\.[^./\\]+$/, '')
  return withoutExtension
    .split(/[/\\]/)
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '')
}

/**
 * The files of the decks among a postdeck site's `outputs`, at their place
 * in an Astro site whose posts are published at `/<route>/<slug>/`: each
 * deck (`<route>/<slug>/slides/`) with the files of its post it shows, and
 * the shared deck assets where the decks' relative links find them
 * (`assets/` beside the route's folder). The pages, lists and feeds are left
 * to Astro. `slugs` maps postdeck's slug of each post to Astro's.
 */
export function deckFiles(
  outputs: readonly OutputFile[],
  slugs: ReadonlyMap<string, string>,
  route: string,
): OutputFile[] {
  const base = route.replace(/^\/+|\/+$/g, '')
  const files: OutputFile[] = []
  for (const output of outputs) {
    const target = deckTarget(output.path, slugs, base)
    if (target) files.push({ ...output, path: target })
  }
  return files
}

function deckTarget(
  outputPath: string,
  slugs: ReadonlyMap<string, string>,
  base: string,
): string | undefined {
  const [top, name, ...rest] = outputPath.split('/')
  if (top === 'assets' && name !== undefined && !name.startsWith('site.')) {
    return path.posix.join(base, '..', outputPath)
  }
  if (top !== 'posts' || name === undefined || rest.length === 0) return undefined
  // Note: a nested post's slug has folders of its own (`2024/a`): the longest slug the path starts with is its post's.
  let post: string | undefined
  for (const slug of slugs.keys()) {
    if (outputPath.startsWith(`posts/${slug}/`) && slug.length > (post?.length ?? -1)) post = slug
  }
  if (post === undefined) return undefined
  const inPost = outputPath.slice(`posts/${post}/`.length)
  // Note: the post's page is Astro's to make; its deck and files are ours.
  if (inPost === 'index.html') return undefined
  return path.posix.join(base, slugs.get(post) ?? post, inPost)
}
