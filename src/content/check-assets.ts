import { realpath, stat } from 'node:fs/promises'
import { imageSizeFromFile } from 'image-size/fromFile'
import type { VFile } from 'vfile'
import { reportError, reportWarning, ruleIds } from '../messages.js'
import { isInside } from './is-inside.js'

declare module 'vfile' {
  interface DataMap {
    /** Pixel sizes of the post's images, by their path relative to the page folder; set by `checkAssets`. */
    imageSizes: Record<string, { width: number; height: number }>
  }
}

/**
 * Check on disk the assets `remarkCollectAssets` found in `file`: each must
 * stay inside its folder (the content folder, or `public/`) once symlinks
 * are followed. A missing file is a warning, and is marked so it is not
 * copied. Records the pixel size of each image, so pages can reserve its space.
 */
export async function checkAssets(file: VFile): Promise<void> {
  if (file.data.contentRoot === undefined) return
  const realRoots = new Map<string, string | undefined>()
  const sizes: Record<string, { width: number; height: number }> = {}
  file.data.imageSizes = sizes
  for (const asset of file.data.assets ?? []) {
    if (!realRoots.has(asset.root))
      realRoots.set(asset.root, await realpath(asset.root).catch(() => undefined))
    const realRoot = realRoots.get(asset.root)
    const real = await realpath(asset.source).catch(() => undefined)
    const isFile = real !== undefined && (await stat(real)).isFile()
    if (!isFile || realRoot === undefined) {
      asset.missing = true
      reportWarning(
        file,
        `Asset \`${asset.url}\` does not exist: the link is left broken`,
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
