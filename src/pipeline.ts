import type { VFile } from 'vfile'
import type * as z from 'zod'
import { projectCaches } from './cache-folder.js'
import { siteConfigSchema } from './content/site-config.js'
import { hasErrors } from './messages.js'
import { loadPdfDriver, printDecks } from './pdf/print-decks.js'
import type { BuildCache } from './site-builder/build-cache.js'
import { createInputFiles } from './site-builder/input-files.js'
import { createSiteBuilder, type Progress, type SiteRun } from './site-builder/site-builder.js'
import type { Sample } from './verify/read/remark-extract-samples.js'
import type { VerifyPostsOptions } from './verify/verify-posts.js'
import type { SampleResult } from './verify/verify-samples.js'
import { lockOutput } from './write/output-lock.js'
import { writeOutput } from './write/write-output.js'

/** Options of `renderSite` and `build`. */
export interface BuildOptions {
  /** Post files, folders of posts, or content folders; default `['content']`. */
  paths?: readonly string[] | undefined
  /** Include posts marked `draft: true`. */
  drafts?: boolean | undefined
  /** Site settings, as in `postdeck.config.*`; every one has a default. */
  site?: z.input<typeof siteConfigSchema> | undefined
  /** Called as each post is rendered, for progress display. */
  onPost?: ((slug: string) => void) | undefined
  /** Called as posts are read, samples verified and posts rendered. */
  onProgress?: ((progress: Progress) => void) | undefined
  /** Aborting stops the build; nothing is written. */
  signal?: AbortSignal | undefined
  /** Run the code samples and fail on a failed one; default `true`. */
  verify?: boolean | undefined
  /** How samples run: timeout, concurrency, cache, shard. */
  samples?: VerifyPostsOptions | undefined
  /**
   * `true`: use the project's caches (see `cacheFolder`, found from the
   * working directory): posts unchanged since the last build are not read
   * again, and samples that passed are not run again (unless `samples.cache`
   * names another). A `BuildCache`: skip posts unchanged since a build that
   * used it. Default: no cache, every post is rendered and every sample run.
   */
  cache?: BuildCache | boolean | undefined
  /** Threads that read and render posts, this one included; by default one per core (up to 4) for 100 posts or more, else 1. */
  threads?: number | undefined
}

/** What a build made, and every message about the content. */
export type SiteResult = SiteRun

/** What verifying posts found. */
export interface VerifyResult {
  /** One file per post read, with its messages. */
  files: VFile[]
  /** Whether no message fails the run. */
  ok: boolean
  /** Verdicts on the code samples, in document order. */
  samples: SampleResult[]
}

/** Options of `build`: those of `renderSite`, and where to write. */
export interface WriteBuildOptions extends BuildOptions {
  /** Output folder; default `dist`. It is replaced whole, and only when the build succeeds. */
  outDir?: string | undefined
  /** Also print each deck to `slides.pdf` beside it, through Chromium. */
  pdf?: boolean | undefined
  /** Folder of the decks printed before; a deck unchanged since is copied, not printed again. */
  pdfCache?: string | undefined
  /** Called with each deck printed (not copied from `pdfCache`). */
  onPdf?: ((deck: string) => void) | undefined
}

/** `options` with `cache: true` replaced by the project's caches. */
function withCaches(options: BuildOptions): BuildOptions & { cache?: BuildCache | undefined } {
  if (options.cache !== true) return { ...options, cache: options.cache || undefined }
  const caches = projectCaches(process.cwd())
  return {
    ...options,
    cache: caches.build,
    samples: { ...options.samples, cache: options.samples?.cache ?? caches.samples },
  }
}

/** A site builder for one run of `options`. */
function builderFor(options: BuildOptions & { cache?: BuildCache | undefined }, threads?: number) {
  return createSiteBuilder({
    paths: options.paths ?? ['content'],
    drafts: options.drafts ?? false,
    site: siteConfigSchema.parse(options.site ?? {}),
    cache: options.cache,
    inputs: createInputFiles(),
    threads: threads ?? options.threads,
  })
}

/** Read the posts and collect their code samples, running nothing; `ok` is false on content errors. */
export async function collectSamples(
  options: BuildOptions = {},
): Promise<{ files: VFile[]; ok: boolean; samples: Sample[] }> {
  const { files } = await verify({ ...options, verify: false })
  const samples = files.flatMap((file) => file.data.samples ?? [])
  return { files, ok: !files.some(hasErrors), samples }
}

/** Read the posts and verify their code samples, rendering nothing. */
export async function verify(options: BuildOptions = {}): Promise<VerifyResult> {
  const { samples } = withCaches(options)
  // Note: reading posts for their samples is quick; it stays in this thread.
  const builder = builderFor({ ...options, cache: undefined }, 1)
  try {
    const result = await builder.inspect({
      verify: options.verify !== false,
      samples,
      onProgress: options.onProgress,
      signal: options.signal,
    })
    return { files: result.files, ok: result.ok, samples: result.samples }
  } finally {
    await builder.close()
  }
}

/**
 * Read, check, verify and render the posts into the files of a site, in
 * memory. Nothing is rendered when any post has an error or a failed sample.
 */
export async function renderSite(options: BuildOptions = {}): Promise<SiteResult> {
  const settled = withCaches(options)
  const builder = builderFor(settled)
  try {
    return await builder.run({
      verify: options.verify !== false,
      samples: settled.samples,
      onPost: options.onPost,
      onProgress: options.onProgress,
      signal: options.signal,
    })
  } finally {
    await builder.close()
  }
}

/**
 * Render the site and, when it has no error, replace the output folder with
 * it. One build at a time per output folder: a second one fails at once
 * (`OutputError`) while the first holds the folder's lock.
 */
export async function build(options: WriteBuildOptions = {}): Promise<SiteResult> {
  // Note: a missing browser driver is told before the posts are rendered, not after; a missing
  // Chromium only when a deck is to be printed (unchanged ones come from the cache).
  if (options.pdf) await loadPdfDriver()
  const unlock = await lockOutput(options.outDir ?? 'dist')
  try {
    return await renderAndWrite(options)
  } finally {
    await unlock()
  }
}

async function renderAndWrite(options: WriteBuildOptions): Promise<SiteResult> {
  const result = await renderSite(options)
  options.signal?.throwIfAborted()
  if (!result.ok) return result
  const decks = result.outputs
    .filter((output) => output.path.endsWith('/slides/index.html'))
    .map((output) => output.path.slice(0, -'/index.html'.length))
  await writeOutput(options.outDir ?? 'dist', result.outputs, {
    signal: options.signal,
    beforeSwap: options.pdf
      ? async (staging) => {
          await printDecks(staging, decks, {
            cacheFolder: options.pdfCache,
            onPrinted: options.onPdf,
          })
        }
      : undefined,
  })
  return result
}
