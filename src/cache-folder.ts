import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import envPaths from 'env-paths'
import findCacheDirectory from 'find-cache-directory'
import { type BuildCache, createFileBuildCache } from './site-builder/build-cache.js'
import { createFileCache, type SampleCache } from './verify/run/sample-cache.js'

/** Where a project's caches live, and why there. */
export interface CacheFolder {
  path: string
  /**
   * `project`: `node_modules/.cache/postdeck` of the nearest `package.json`;
   * `user`: the user's cache folder, when no `package.json` is above.
   */
  kind: 'project' | 'user' | 'chosen'
}

/**
 * The cache folder of the project at `cwd`: `node_modules/.cache/postdeck`
 * beside the nearest `package.json` above it, else a folder of its own in
 * the user's cache folder (`$XDG_CACHE_HOME/postdeck`, `~/.cache/postdeck`;
 * `~/Library/Caches/postdeck` on macOS, `%LOCALAPPDATA%\postdeck\Cache` on
 * Windows), named after the project's folder and a digest of its path.
 */
export function cacheFolder(cwd: string, chosen?: string | undefined): CacheFolder {
  // A folder the user names (`--cache-dir`, `POSTDECK_CACHE_DIR`), as CI does to keep it past `npm ci`.
  if (chosen) return { path: path.resolve(cwd, chosen), kind: 'chosen' }
  const project = findCacheDirectory({ name: 'postdeck', cwd })
  if (project) return { path: project, kind: 'project' }
  const absolute = path.resolve(cwd)
  const digest = createHash('sha256').update(absolute).digest('hex').slice(0, 12)
  const name = `${path.basename(absolute) || 'root'}-${digest}`
  return { path: path.join(envPaths('postdeck', { suffix: '' }).cache, name), kind: 'user' }
}

/** The build and sample caches of a project, in its cache folder. */
export interface ProjectCaches {
  folder: CacheFolder
  /** Whether the folder did not exist yet: this run is the first to use it. */
  isNew: boolean
  build: BuildCache
  samples: SampleCache
}

/** Open the caches of the project at `cwd` (or in `chosen`); the folders are made when first written. */
export function projectCaches(cwd: string, chosen?: string | undefined): ProjectCaches {
  const folder = cacheFolder(cwd, chosen)
  return {
    folder,
    isNew: !existsSync(folder.path),
    build: createFileBuildCache(path.join(folder.path, 'build')),
    samples: createFileCache(path.join(folder.path, 'samples')),
  }
}
