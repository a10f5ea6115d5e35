import path from 'node:path'
import findCacheDirectory from 'find-cache-directory'
import { type BuildCache, createFileBuildCache, writeOnly } from '../build/build-cache.js'
import { createFileCache } from '../verify/sample-cache.js'
import type { VerifyPostsOptions } from '../verify/verify-posts.js'
import type { Command } from './parse-args.js'

type PostsCommand = Exclude<Command, { name: 'help' | 'version' }>

/** What the caches need to know of where the command runs. */
interface CacheContext {
  cwd: string
  env?: Readonly<Record<string, string | undefined>> | undefined
}

/** The project's cache folder, `node_modules/.cache/postdeck`; `undefined` outside a project. */
export function projectCacheFolder(cwd: string): string | undefined {
  return findCacheDirectory({ name: 'postdeck', cwd })
}

/**
 * The folder of the sample and build caches: `--cache-dir`, else
 * `POSTDECK_CACHE_DIR`, else the project's; `undefined` with `--no-cache`.
 * Note: CI keeps the cache outside `node_modules`, which `npm ci` deletes.
 */
export function cacheFolder(
  command: Pick<PostsCommand, 'cache' | 'cacheDir'>,
  { cwd, env }: CacheContext,
): string | undefined {
  if (!command.cache) return undefined
  const chosen = command.cacheDir ?? (env?.POSTDECK_CACHE_DIR || undefined)
  return chosen ? path.resolve(cwd, chosen) : projectCacheFolder(cwd)
}

/** How samples run: the command's timeout, and the sample cache unless `--no-cache`. */
export function sampleOptions(command: PostsCommand, context: CacheContext): VerifyPostsOptions {
  const folder = cacheFolder(command, context)
  return {
    timeoutSeconds: command.timeoutSeconds,
    cache: folder ? createFileCache(path.join(folder, 'samples')) : undefined,
  }
}

/** The build cache unless `--no-cache`; with `--force` it is written but not read. */
export function buildCache(
  command: Extract<PostsCommand, { name: 'build' | 'dev' }>,
  context: CacheContext,
): BuildCache | undefined {
  const folder = cacheFolder(command, context)
  if (!folder) return undefined
  const cache = createFileBuildCache(path.join(folder, 'build'))
  return command.name === 'build' && command.force ? writeOnly(cache) : cache
}

/** Where `--pdf` keeps the decks it printed, unless `--no-cache`; with `--force` every deck is printed again. */
export function pdfCacheFolder(
  command: Extract<PostsCommand, { name: 'build' }>,
  context: CacheContext,
): string | undefined {
  const folder = cacheFolder(command, context)
  return folder && !command.force ? path.join(folder, 'pdf') : undefined
}
