import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VFile } from 'vfile'
import { projectCaches } from '../cache-folder.js'
import { prettyReport } from '../cli/reporters/pretty.js'
import { findPosts } from '../content/find-posts.js'
import { loadPost } from '../content/load-post.js'
import { formatMessages } from '../messages.js'
import { renderSite, verify } from '../pipeline.js'
import { rehypeSampleVerdicts } from '../unified/rehype-sample-verdicts.js'
import { remarkSampleVerdicts } from '../unified/remark-sample-verdicts.js'
import type { SampleResult } from '../verify/verify-samples.js'
import type { OutputFile } from '../write/output-file.js'
import { astroSlug, deckFiles } from './deck-files.js'

/** Options of the Astro integration. */
export interface PostdeckAstroOptions {
  /** The content collection of the posts, a folder of `src/content/`; default `posts`. */
  collection?: string | undefined
  /**
   * Where Astro publishes the posts: each deck goes to `/<route>/<slug>/slides/`
   * in the build output. Default `posts`; `false` writes no decks.
   */
  route?: string | false | undefined
  /** Verify the code samples: fail `astro build` on a failed one, warn in `astro dev`; default `true`. */
  verify?: boolean | undefined
  /** Seconds a sample may run; default 10. */
  timeoutSeconds?: number | undefined
}

/** What of Astro's logger the integration uses. */
interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/**
 * The hooks of an Astro integration that postdeck uses, with the parts of
 * their arguments it reads; an `AstroIntegration` as far as Astro is concerned.
 */
export interface PostdeckIntegration {
  name: 'postdeck'
  hooks: {
    'astro:config:setup': (setup: {
      config: { root: URL }
      command: 'dev' | 'build' | 'preview' | 'sync'
      updateConfig: (config: {
        markdown: { remarkPlugins: unknown[]; rehypePlugins: unknown[] }
      }) => unknown
      logger: Logger
    }) => Promise<void>
    'astro:build:done': (done: { dir: URL; logger: Logger }) => Promise<void>
  }
}

/** Failed samples, or content postdeck cannot read, stop `astro build` with this. */
export class PostdeckBuildError extends Error {
  override name = 'PostdeckBuildError'
}

/**
 * The Astro integration: verifies the posts' code samples when Astro
 * builds (failing the build on a failed sample) or starts `astro dev`
 * (warning), marks verified samples on Astro's pages through
 * `remarkSampleVerdicts` and `rehypeSampleVerdicts`, and writes each post's
 * deck into the build output beside its page. Astro makes everything else.
 */
export function postdeck(options: PostdeckAstroOptions = {}): PostdeckIntegration {
  const collection = options.collection ?? 'posts'
  const route =
    options.route === false ? false : (options.route ?? 'posts').replace(/^\/+|\/+$/g, '')
  if (route === '') {
    throw new TypeError(
      'postdeck: `route` names the folder the posts are published in; it cannot be empty',
    )
  }
  const verifying = options.verify ?? true
  let root = process.cwd()
  let contentFolder = ''
  let drafts = false
  let results: SampleResult[] = []

  const samplesOptions = () => ({
    cache: projectCaches(root).samples,
    timeoutSeconds: options.timeoutSeconds,
  })

  return {
    name: 'postdeck',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root)
        contentFolder = path.join(root, 'src', 'content', collection)
        // Note: like fuwari, drafts are shown by `astro dev` and left out of builds.
        drafts = command === 'dev'
        if (!verifying || (command !== 'build' && command !== 'dev')) return
        const started = performance.now()
        const result = await verify({ paths: [contentFolder], drafts, samples: samplesOptions() })
        results = result.samples
        updateConfig({
          markdown: {
            remarkPlugins: [[remarkSampleVerdicts, { results, failed: command === 'dev' }]],
            rehypePlugins: [rehypeSampleVerdicts],
          },
        })
        if (result.ok) {
          const seconds = ((performance.now() - started) / 1000).toFixed(2)
          logger.info(`${results.length} samples verified in ${seconds} s`)
          return
        }
        const report = failureReport(result.files, result.samples, root)
        if (command === 'dev') return logger.warn(report)
        logger.error(report)
        throw new PostdeckBuildError(failureSummary(result.files, root))
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (route === false) return
        const site = await renderSite({
          paths: [contentFolder],
          drafts,
          verify: verifying,
          samples: samplesOptions(),
          cache: projectCaches(root).build,
        })
        if (!site.ok) {
          logger.error(failureReport(site.files, site.samples, root))
          throw new PostdeckBuildError(failureSummary(site.files, root))
        }
        const slugs = await astroSlugs(contentFolder, site.files)
        const files = deckFiles(site.outputs, slugs, route)
        await writeFiles(fileURLToPath(dir), files)
        logger.info(
          `${slugs.size} ${slugs.size === 1 ? 'deck' : 'decks'} written to /${route}/<slug>/slides/`,
        )
      },
    },
  }
}

/** The problems found, as `file:line:col` lines, then the diff of each failed sample. */
function failureReport(
  files: readonly VFile[],
  samples: readonly SampleResult[],
  cwd: string,
): string {
  const lines = formatMessages(files, cwd)
  const failed = samples.some((sample) => sample.status === 'failed')
  const diff = failed ? `\n\n${prettyReport(samples, { cwd, failuresOnly: true })}` : ''
  return `${lines.join('\n')}${diff}`
}

/**
 * One line naming where each error is, `post.md:LINE`. Note: the details go
 * to the log, since Astro adds hints of its own to an error's message.
 */
function failureSummary(files: readonly VFile[], cwd: string): string {
  const places = files.flatMap((file) =>
    file.messages
      .filter((message) => message.fatal === true)
      .map((message) => `${path.relative(cwd, file.path)}:${message.line ?? 1}`),
  )
  return `postdeck found ${places.length === 1 ? 'an error' : `${places.length} errors`} in the posts: ${places.join(', ')}`
}

/** Astro's slug of each post published, by postdeck's slug. */
async function astroSlugs(
  contentFolder: string,
  files: readonly VFile[],
): Promise<Map<string, string>> {
  const published = new Set(files.map((file) => file.path))
  const slugs = new Map<string, string>()
  for (const source of await findPosts([contentFolder])) {
    if (!published.has(source.path)) continue
    const { post } = await loadPost(source)
    const relative = path.relative(contentFolder, source.path)
    slugs.set(source.slug, astroSlug(relative, post?.frontMatter.slug))
  }
  return slugs
}

async function writeFiles(folder: string, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(folder, ...file.path.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    if ('copyFrom' in file) await copyFile(file.copyFrom, target)
    else await writeFile(target, file.contents)
  }
}
