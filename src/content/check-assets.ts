import { realpath, stat } from 'node:fs/promises'
import type { VFile } from 'vfile'
import { reportError, ruleIds } from '../messages.js'
import { isInside } from './is-inside.js'

/**
 * Check on disk the assets `remarkCollectAssets` found in `file`: each must be
 * a file, and must stay inside the content folder once symlinks are followed.
 */
export async function checkAssets(file: VFile): Promise<void> {
  const contentRoot = file.data.contentRoot
  if (contentRoot === undefined) return
  const realRoot = await realpath(contentRoot)
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
    }
  }
}
