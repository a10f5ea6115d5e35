import type { BuildCache } from '../build/build-cache.js'
import { writeOnly } from '../build/build-cache.js'
import { cacheFolder, projectCaches } from '../cache-folder.js'
import type { SiteConfig } from '../content/site-config.js'
import type { VerifyPostsOptions } from '../verify/verify-posts.js'
import type { Command } from './parse-args.js'

type PostsCommand = Exclude<Command, { name: 'help' | 'version' }>

/** The project's cache folder (see `cacheFolder`). */
export function projectCacheFolder(cwd: string): string {
  return cacheFolder(cwd).path
}

/**
 * How samples run: the command's timeout, the sandbox (`--sandbox`, else the
 * config's) and limits, and the project's sample cache unless `--no-cache`.
 */
export function sampleOptions(
  command: PostsCommand,
  cwd: string,
  config: SiteConfig,
): VerifyPostsOptions {
  return {
    timeoutSeconds: command.timeoutSeconds,
    sandbox: command.sandbox ?? config.sandbox,
    limits: Object.fromEntries(
      Object.entries(config.limits).filter(([, value]) => value !== undefined),
    ),
    cache: command.cache ? projectCaches(cwd).samples : undefined,
  }
}

/** The project's build cache unless `--no-cache`; with `--force` it is written but not read. */
export function buildCache(
  command: Extract<PostsCommand, { name: 'build' | 'dev' }>,
  cwd: string,
): BuildCache | undefined {
  if (!command.cache) return undefined
  const cache = projectCaches(cwd).build
  return command.name === 'build' && command.force ? writeOnly(cache) : cache
}

/**
 * A line saying where the caches go, for the first run that uses a folder
 * outside a project (no `package.json` above `cwd`); else `undefined`.
 */
export function cacheNotice(command: PostsCommand, cwd: string): string | undefined {
  if (!command.cache) return undefined
  const { folder, isNew } = projectCaches(cwd)
  if (!isNew || folder.kind !== 'user') return undefined
  return `No package.json above ${cwd}: caching in ${folder.path}`
}
