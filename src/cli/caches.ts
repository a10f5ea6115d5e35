import path from 'node:path'
import findCacheDirectory from 'find-cache-directory'
import { type BuildCache, createFileBuildCache, writeOnly } from '../build/build-cache.js'
import type { SiteConfig } from '../content/site-config.js'
import { createFileCache } from '../verify/sample-cache.js'
import type { VerifyPostsOptions } from '../verify/verify-posts.js'
import type { Command } from './parse-args.js'

type PostsCommand = Exclude<Command, { name: 'help' | 'version' }>

/** The project's cache folder, `node_modules/.cache/postdeck`; `undefined` outside a project. */
export function projectCacheFolder(cwd: string): string | undefined {
  return findCacheDirectory({ name: 'postdeck', cwd })
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
  const folder = command.cache ? projectCacheFolder(cwd) : undefined
  return {
    timeoutSeconds: command.timeoutSeconds,
    sandbox: command.sandbox ?? config.sandbox,
    limits: Object.fromEntries(
      Object.entries(config.limits).filter(([, value]) => value !== undefined),
    ),
    cache: folder ? createFileCache(path.join(folder, 'samples')) : undefined,
  }
}

/** The project's build cache unless `--no-cache`; with `--force` it is written but not read. */
export function buildCache(
  command: Extract<PostsCommand, { name: 'build' | 'dev' }>,
  cwd: string,
): BuildCache | undefined {
  const folder = command.cache ? projectCacheFolder(cwd) : undefined
  if (!folder) return undefined
  const cache = createFileBuildCache(path.join(folder, 'build'))
  return command.name === 'build' && command.force ? writeOnly(cache) : cache
}
