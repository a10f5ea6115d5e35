import { reportError, ruleIds } from '../messages.js'
import type { Post } from './load-post.js'

/** Report every post whose slug an earlier post already has: both would publish at the same URL. */
export function checkSlugs(posts: readonly Post[]): void {
  const seen = new Map<string, Post>()
  for (const post of posts) {
    const earlier = seen.get(post.slug)
    if (earlier) {
      reportError(
        post.file,
        `Slug \`${post.slug}\` is taken by \`${earlier.file.path}\`: rename one of the posts`,
        { line: 1, column: 1 },
        ruleIds.duplicateSlug,
      )
    } else seen.set(post.slug, post)
  }
}
