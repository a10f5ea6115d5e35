import path from 'node:path'
import { type ProjectCaches, projectCaches } from '../cache-folder.js'
import type { SiteConfig } from '../content/site-config.js'
import type { BuildCache } from '../site-builder/build-cache.js'
import { writeOnly } from '../site-builder/build-cache.js'
import type { VerifyPostsOptions } from '../verify/verify-posts.js'
import type { Command } from './parse-args.js'

type PostsCommand = Exclude<Command, { name: 'help' | 'version' }>

/** What the caches need to know of where the command runs. */
export interface CacheContext {
  cwd: string
  env?: Readonly<Record<string, string | undefined>> | undefined
}

/**
 * The caches of the command, unless `--no-cache`: in `--cache-dir`, else
 * `POSTDECK_CACHE_DIR`, else the project's cache folder (see `cacheFolder`).
 * Note: CI keeps the cache outside `node_modules`, which `npm ci` deletes.
 */
export function commandCaches(
  command: Pick<PostsCommand, 'cache' | 'cacheDir'>,
  { cwd, env }: CacheContext,
): ProjectCaches | undefined {
  if (!command.cache) return undefined
  return projectCaches(cwd, command.cacheDir ?? (env?.POSTDECK_CACHE_DIR || undefined))
}

/**
 * How samples run: the command's timeout, the sandbox (`--sandbox`, else the
 * config's) and limits, and the sample cache unless `--no-cache`.
 */
export function sampleOptions(
  command: PostsCommand,
  context: CacheContext,
  config: SiteConfig,
): VerifyPostsOptions {
  return {
    timeoutSeconds: command.timeoutSeconds,
    sandbox: command.sandbox ?? config.sandbox,
    limits: Object.fromEntries(
      Object.entries(config.limits).filter(([, value]) => value !== undefined),
    ),
    cache: commandCaches(command, context)?.samples,
  }
}

/** The build cache unless `--no-cache`; with `--force` it is written but not read. */
export function buildCache(
  command: Extract<PostsCommand, { name: 'build' | 'dev' }>,
  context: CacheContext,
): BuildCache | undefined {
  const cache = commandCaches(command, context)?.build
  if (!cache) return undefined
  return command.name === 'build' && command.force ? writeOnly(cache) : cache
}

/** Where `--pdf` keeps the decks it printed, unless `--no-cache`; with `--force` every deck is printed again. */
export function pdfCacheFolder(
  command: Extract<PostsCommand, { name: 'build' }>,
  context: CacheContext,
): string | undefined {
  const caches = commandCaches(command, context)
  return caches && !command.force ? path.join(caches.folder.path, 'pdf') : undefined
}

/**
 * A line saying where the caches go, for the first run that uses a folder
 * outside a project (no `package.json` above `cwd`); else `undefined`.
 */
export function cacheNotice(command: PostsCommand, context: CacheContext): string | undefined {
  const caches = commandCaches(command, context)
  if (!caches?.isNew || caches.folder.kind !== 'user') return undefined
  return `No package.json above ${context.cwd}: caching in ${caches.folder.path}`
}
