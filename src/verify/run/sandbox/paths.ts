import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'

/** Whether `child` is `parent` or inside it. */
export function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The real path of `place` (symbolic links resolved), or `undefined` if there is none. */
export function realPath(place: string): string | undefined {
  try {
    return realpathSync(place)
  } catch {
    return undefined
  }
}

/** Whether `place` is a folder. */
export function isFolder(place: string): boolean {
  return statSync(place, { throwIfNoEntry: false })?.isDirectory() ?? false
}
