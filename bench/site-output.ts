/** Where a postdeck build puts a post's page and deck, and the check that a build wrote them. */
import { stat } from 'node:fs/promises'
import path from 'node:path'

/** The page of the post `slug` in the output folder `outDir`. */
export function pagePath(outDir: string, slug: string): string {
  return path.join(outDir, 'posts', slug, 'index.html')
}

/** The deck of the post `slug` in the output folder `outDir`. */
export function deckPath(outDir: string, slug: string): string {
  return path.join(outDir, 'posts', slug, 'slides', 'index.html')
}

/** Fail unless `outDir` holds a page and a deck, not empty, for every post of `slugs`. */
export async function assertSiteWritten(outDir: string, slugs: readonly string[]): Promise<void> {
  const files = slugs.flatMap((slug) => [pagePath(outDir, slug), deckPath(outDir, slug)])
  const written = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => info.isFile() && info.size > 0,
        () => false,
      ),
    ),
  )
  const missing = files.filter((_, index) => !written[index])
  if (missing.length > 0) {
    throw new Error(`the build did not write ${missing.length} files, such as ${missing[0]}`)
  }
}
