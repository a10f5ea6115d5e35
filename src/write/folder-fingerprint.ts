import { createHash } from 'node:crypto'
import type { Dirent } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'

/**
 * A digest of everything in `folder`, or `undefined` when it does not exist:
 * each entry's path, kind, size and change time. Two equal digests mean the
 * folder was left as it was.
 *
 * Note: the change time (`ctime`) moves on every write and cannot be set
 * back, so no file's contents need to be read.
 */
export async function folderFingerprint(folder: string): Promise<string | undefined> {
  let entries: Dirent[]
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true })
  } catch {
    return undefined
  }
  const places = entries.map((entry) => path.join(entry.parentPath, entry.name)).sort()
  const hash = createHash('sha256')
  for (const place of [folder, ...places]) {
    const stats = await lstat(place, { bigint: true }).catch(() => undefined)
    hash.update(
      `${path.relative(folder, place)}\0${stats?.mode}\0${stats?.size}\0${stats?.ctimeNs}\n`,
    )
  }
  return hash.digest('hex')
}
