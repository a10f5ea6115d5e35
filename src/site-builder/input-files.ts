import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { contentDigest } from '../content/content-digest.js'
import { findPosts, type PostSource } from '../content/find-posts.js'
import { isInside } from '../content/is-inside.js'

/** What a build reads of the disk to know what changed: the posts there are, and digests of files. */
export interface InputFiles {
  /** The posts named by `paths`, as `findPosts` finds them. */
  findPosts(paths: readonly string[]): Promise<PostSource[]>
  /** The digest of a file's bytes, or `undefined` when it cannot be read. */
  digest(file: string): Promise<string | undefined>
  /** One digest of every file under `folder` whose name ends with `suffix`, with their paths. */
  digestFolder(folder: string, suffix?: string): Promise<string>
}

/** Input files that a watcher keeps current: `forget` is told of every change. */
export interface WatchedInputFiles extends InputFiles {
  /** Forget what is known of `files`; `structure` also forgets the posts found (a file or folder came or went). */
  forget(files: Iterable<string>, options: { structure: boolean }): void
}

/**
 * Input files read from the disk on every call; a file is read again only
 * when its size, modification time or inode changed. For `postdeck build`.
 */
export function createInputFiles(): InputFiles {
  const known = new Map<string, { stamp: string; digest: string }>()
  const digest = async (file: string) => {
    const stats = await stat(file).catch(() => undefined)
    if (!stats?.isFile()) return undefined
    const stamp = `${stats.size}:${stats.mtimeMs}:${stats.ino}`
    const previous = known.get(file)
    if (previous?.stamp === stamp) return previous.digest
    const bytes = await readFile(file).catch(() => undefined)
    if (!bytes) return undefined
    const value = contentDigest(bytes)
    known.set(file, { stamp, digest: value })
    return value
  }
  return {
    findPosts,
    digest,
    digestFolder: (folder, suffix = '') => digestFolder(folder, suffix, digest),
  }
}

/**
 * Input files that trust what they read until told otherwise: nothing is
 * looked at twice unless `forget` names it. For `postdeck dev`, whose
 * watcher sees every change, so a rebuild reads only what changed.
 */
export function createWatchedInputFiles(): WatchedInputFiles {
  const digests = new Map<string, Promise<string | undefined>>()
  const folders = new Map<string, Promise<string>>()
  const listings = new Map<string, Promise<PostSource[]>>()
  const digest = (file: string) => {
    let value = digests.get(file)
    if (!value) {
      value = readFile(file).then(contentDigest, () => undefined)
      digests.set(file, value)
    }
    return value
  }
  return {
    findPosts(paths) {
      const key = JSON.stringify(paths)
      let found = listings.get(key)
      if (!found) {
        found = findPosts(paths)
        listings.set(key, found)
        found.catch(() => listings.delete(key))
      }
      return found
    },
    digest,
    digestFolder(folder, suffix = '') {
      const key = `${folder}\0${suffix}`
      let value = folders.get(key)
      if (!value) {
        value = digestFolder(folder, suffix, digest)
        folders.set(key, value)
      }
      return value
    },
    forget(files, { structure }) {
      for (const file of files) {
        digests.delete(file)
        for (const key of folders.keys()) {
          if (isInside(key.slice(0, key.indexOf('\0')), file)) folders.delete(key)
        }
      }
      if (structure) listings.clear()
    },
  }
}

async function digestFolder(
  folder: string,
  suffix: string,
  digest: (file: string) => Promise<string | undefined>,
): Promise<string> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  const values = await Promise.all(files.map(digest))
  const hash = createHash('sha256')
  for (const [index, file] of files.entries()) {
    hash.update(`${path.relative(folder, file)}\0${values[index] ?? ''}\0`)
  }
  return hash.digest('hex')
}
