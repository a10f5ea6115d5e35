import { createHash } from 'node:crypto'
import * as z from 'zod'
import { createJsonFileStore } from '../json-file-store.js'
import { postdeckVersion } from '../version.js'
import type { InspectedPost, RenderedPost } from './post-work.js'

/** What a build keeps of a post, to skip it next time if nothing it depends on changed. */
export interface CachedPost {
  /** Digest of the post's text, its place, the templates, the config and postdeck's version. */
  key: string
  /** Content digests of the files the post refers to, by absolute path. */
  assets: Record<string, string>
  inspected: InspectedPost
  /** Digest of what rendering used from the rest of the site: neighbours and sample outputs. */
  renderKey: string
  rendered: RenderedPost
}

/** Keeps what builds learnt of each post, by the post's absolute path. */
export interface BuildCache {
  get(post: string): Promise<CachedPost | undefined>
  set(post: string, entry: CachedPost): Promise<void>
}

// Note: 3 since an inspected post carries the digest of the text it was read from.
const formatVersion = 3

/** A digest of `parts`, tied to postdeck's version and to this cache's format. */
export function digest(parts: readonly string[]): string {
  const hash = createHash('sha256')
  hash.update(`postdeck-build-${formatVersion}-${postdeckVersion}`)
  for (const part of parts) hash.update(`\0${part}`)
  return hash.digest('hex')
}

/** A build cache in memory, for a process that builds again and again (`postdeck dev`). */
export function createMemoryBuildCache(): BuildCache {
  const entries = new Map<string, CachedPost>()
  return {
    get: async (post) => entries.get(post),
    set: async (post, entry) => {
      entries.set(post, entry)
    },
  }
}

/**
 * `cache` with a memory in front: each entry is read from `cache` at most
 * once, and written to both. For `postdeck dev`, whose rebuilds must not
 * read every post's entry from the disk.
 */
export function withMemory(cache: BuildCache): BuildCache {
  const memory = createMemoryBuildCache()
  return {
    async get(post) {
      const known = await memory.get(post)
      if (known) return known
      const entry = await cache.get(post)
      if (entry) await memory.set(post, entry)
      return entry
    },
    async set(post, entry) {
      await Promise.all([memory.set(post, entry), cache.set(post, entry)])
    },
  }
}

/** The same cache, written but never read: every post is rebuilt and remembered (`--force`). */
export function writeOnly(cache: BuildCache): BuildCache {
  return { get: async () => undefined, set: (post, entry) => cache.set(post, entry) }
}

const cachedPost = z.object({
  key: z.string(),
  assets: z.record(z.string(), z.string()),
  // Note: the key ties an entry to the postdeck version that wrote it, so
  // the shapes within are its own; only the outline is checked.
  inspected: z.custom<InspectedPost>((value) => typeof value === 'object' && value !== null),
  renderKey: z.string(),
  rendered: z.custom<RenderedPost>((value) => typeof value === 'object' && value !== null),
})

/**
 * A build cache of JSON files in `folder` (by convention
 * `node_modules/.cache/postdeck/build`), one per post. Unreadable entries
 * are misses; an entry is written whole or not at all.
 */
export function createFileBuildCache(folder: string): BuildCache {
  return createJsonFileStore(
    folder,
    cachedPost,
    (post) => `${createHash('sha256').update(post).digest('hex')}.json`,
  )
}
