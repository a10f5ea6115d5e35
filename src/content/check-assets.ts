import { realpath, stat } from 'node:fs/promises'
import { imageSizeFromFile } from 'image-size/fromFile'
import type { VFile } from 'vfile'
import { reportError, ruleIds } from '../messages.js'
import { isInside } from './is-inside.js'

declare module 'vfile' {
  interface DataMap {
    /** Pixel sizes of the post's images, by their path relative to the page folder; set by `checkAssets`. */
    imageSizes: Record<string, { width: number; height: number }>
  }
}

/**
 * Check on disk the assets `remarkCollectAssets` found in `file`: each must be
 * a file, and must stay inside the content folder once symlinks are followed.
 * Records the pixel size of each image, so pages can reserve its space.
 */
export async function checkAssets(file: VFile): Promise<void> {
  const contentRoot = file.data.contentRoot
  if (contentRoot === undefined) return
  const realRoot = await realpath(contentRoot)
  const sizes: Record<string, { width: number; height: number }> = {}
  file.data.imageSizes = sizes
  for (const asset of file.data.assets ?? []) {
    const real = await realpath(asset.source).catch(() => undefined)
    const isFile = real !== undefined && (await stat(real)).isFile()
    if (!isFile) {
      reportError(
        file,
        `Asset \`${asset.url}\` does not exist`,
        asset.position,
        ruleIds.assetMissing,
      )
    } else if (!isInside(realRoot, real)) {
      reportError(
        file,
        `Asset \`${asset.url}\` is a link that leaves the content folder`,
        asset.position,
        ruleIds.assetOutsideContent,
      )
    } else {
      const size = await imageSizeFromFile(real).catch(() => undefined)
      if (size?.width && size.height)
        sizes[asset.output] = { width: size.width, height: size.height }
    }
  }
}
