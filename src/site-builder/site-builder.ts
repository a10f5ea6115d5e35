import { availableParallelism } from 'node:os'
import type { VFile } from 'vfile'
import { checkSlugs } from '../content/check-slugs.js'
import type { PostSource } from '../content/find-posts.js'
import { hasErrors, hasSampleBlockingErrors } from '../messages.js'
import { shownOutputs } from '../render/code/sample-outputs.js'
import { featureAssets } from '../render/feature-assets.js'
import type { SiteOptions } from '../render/page-context.js'
import { type FeedPost, renderFeeds } from '../render/site/render-feeds.js'
import {
  newestFirst,
  renderSiteIndex,
  renderTaxonomyPages,
  siteAssets,
} from '../render/site/render-lists.js'
import { deckAssets } from '../render/slides/render-deck.js'
import { createTemplateRenderer, templatesFolder } from '../render/templates.js'
import {
  prepareVerification,
  type VerifyPostsOptions,
  verifyPostFiles,
} from '../verify/verify-posts.js'
import type { SampleResult } from '../verify/verify-samples.js'
import type { OutputFile } from '../write/output-file.js'
import { digestsOf, sameDigests } from './asset-digests.js'
import { type BuildCache, type CachedPost, digest } from './build-cache.js'
import { codeDigest } from './code-digest.js'
import type { InputFiles } from './input-files.js'
import { unchangedResults } from './known-results.js'
import { fileOf, postOf } from './post-file.js'
import { createPostPool, type PostPool } from './post-pool.js'
import type { InspectedPost, PostSummary, RenderContext, RenderedPost } from './post-work.js'

/** Settings of a site builder. */
export interface SiteBuilderOptions {
  /** Post files, folders of posts, or content folders. */
  paths: readonly string[]
  drafts: boolean
  site: SiteOptions
  /** Keeps what a build learnt of each post; without one, every post is read and rendered. */
  cache?: BuildCache | undefined
  /** How the posts are found and their files' digests read. */
  inputs: InputFiles
  /** Threads that read and render posts, this one included; `undefined` decides by the number of posts to read. */
  threads?: number | undefined
}

/** What one run of a site builder is asked to do. */
export interface SiteRunOptions {
  /** Run the code samples; their failures are errors. */
  verify: boolean
  samples?: VerifyPostsOptions | undefined
  /**
   * Verdicts of an earlier verification, by post path, for a run that does
   * not verify: a page shows the output of a sample that passed, as long as
   * the sample is unchanged.
   */
  knownResults?: ReadonlyMap<string, readonly SampleResult[]> | undefined
  /** Called as each post is rendered, for progress display. */
  onPost?: ((slug: string) => void) | undefined
  /** Called as posts are read, samples verified and posts rendered, for progress display. */
  onProgress?: ((progress: Progress) => void) | undefined
  signal?: AbortSignal | undefined
}

/** How far a run is: `done` of `total` posts read or rendered, or samples verified. */
export interface Progress {
  stage: 'reading' | 'verifying' | 'rendering'
  done: number
  total: number
  /** Posts with errors, or samples that failed, so far. */
  failed: number
}

/** What a run made, and every message about the content. */
export interface SiteRun {
  /** One file per post read, with its messages. */
  files: VFile[]
  /** Whether no message fails the build. */
  ok: boolean
  /** The files of the site; empty when nothing was rendered. */
  outputs: OutputFile[]
  /** Posts published (drafts left out unless asked for). */
  posts: number
  /** Paths of the posts rendered in this run; the others came from the build cache. */
  rendered: string[]
  /** HTML pages made, decks included. */
  pages: number
  /** Verdicts on the code samples, in document order; empty when not verified. */
  samples: SampleResult[]
}

/** What reading the posts and verifying their samples found. */
export interface SiteInspection {
  files: VFile[]
  ok: boolean
  samples: SampleResult[]
}

/** Builds a site, again and again: `run` does only what changed since a cached run. */
export interface SiteBuilder {
  /** Read, check and verify the posts, rendering nothing. */
  inspect(options: SiteRunOptions): Promise<SiteInspection>
  run(options: SiteRunOptions): Promise<SiteRun>
  /** Stop the worker threads. */
  close(): Promise<void>
}

/** A post that is on the site. */
type PublishedPost = RunPost & { inspected: { summary: PostSummary } }

/** A post during a run. */
interface RunPost {
  source: PostSource
  /** Digest of the post's inputs, before its neighbours and samples are known. */
  key: string
  /** Its cache entry, when its inputs are unchanged. */
  cached: CachedPost | undefined
  inspected: InspectedPost
  assets: Record<string, string>
  /** Whether the pool holds its tree, ready to render. */
  inPool: boolean
  file: VFile
}

/** Sites with fewer posts to read than this are done in this thread alone. */
const threadsFrom = 100

/**
 * Make a site builder: it finds the posts, reads the ones that changed (in
 * worker threads when there are many), verifies the samples, renders the
 * posts whose inputs or neighbours changed, and lists them all.
 *
 * Note: the order matters. Every post is read and checked before any sample
 * runs or any page renders, so one bad post fails the build at the least cost.
 */
export function createSiteBuilder(options: SiteBuilderOptions): SiteBuilder {
  let pool: PostPool | undefined
  const poolFor = (posts: number) => {
    pool ??= createPostPool(
      options.site,
      options.threads ?? (posts >= threadsFrom ? Math.min(availableParallelism(), 4) : 1),
    )
    return pool
  }

  /** Find and read the posts (those unchanged from the cache), check them, verify their samples. */
  async function read(run: SiteRunOptions, { forRendering }: { forRendering: boolean }) {
    const { inputs, cache } = options
    if (run.verify) prepareVerification(run.samples)
    // Note: keys are made only for a cache to look them up in.
    const settings =
      cache &&
      digest([
        await codeDigest(inputs),
        await inputs.digestFolder(templatesFolder),
        JSON.stringify(options.site),
        String(options.drafts),
      ])
    /** The key of a post whose text has the digest `text`. */
    const keyOf = (source: PostSource, text: string) =>
      settings === undefined ? '' : digest([settings, source.slug, source.contentRoot, text])
    const sources = await inputs.findPosts(options.paths)
    const looked = await Promise.all(
      sources.map(async (source) => {
        if (!cache || settings === undefined) return { source, key: '', cached: undefined }
        const key = keyOf(source, (await inputs.digest(source.path)) ?? '')
        const entry = await cache.get(source.path)
        const fresh = entry?.key === key && (await sameDigests(inputs, entry.assets))
        return { source, key, cached: fresh ? entry : undefined }
      }),
    )
    run.signal?.throwIfAborted()
    const work = poolFor(looked.filter(({ cached }) => !cached).length)
    // Note: the highlighters are made while posts are read and samples run;
    // a failure to make one shows again at the first render.
    if (forRendering) work.prepare().catch(() => {})
    const reading = { stage: 'reading' as const, done: 0, total: looked.length, failed: 0 }
    const posts: RunPost[] = await Promise.all(
      looked.map(async ({ source, key, cached }) => {
        const inspected =
          cached?.inspected ??
          (await work.inspect(
            source,
            { drafts: options.drafts, samplesOnly: !forRendering },
            run.signal,
          ))
        reading.done += 1
        if (inspected.messages.some((message) => message.fatal)) reading.failed += 1
        run.onProgress?.({ ...reading })
        const assets = cached?.assets ?? (cache ? await digestsOf(inputs, inspected.assets) : {})
        return {
          source,
          // Note: a post edited after its digest was taken was read as it is
          // now; it is kept under the digest of the text read.
          key: cached ? key : keyOf(source, inspected.digest),
          cached,
          inspected,
          assets,
          inPool: !cached,
          file: fileOf(source, inspected),
        }
      }),
    )
    run.signal?.throwIfAborted()

    const files = posts.map((post) => post.file)
    const published = posts.filter(
      (post): post is PublishedPost =>
        post.inspected.summary !== undefined && !post.inspected.draft,
    )
    checkSlugs(published.map(({ file, inspected: { summary } }) => postOf(file, summary)))
    // Note: a build renders nothing when a post has an error, so it verifies
    // nothing either; an inspection still verifies the samples of the sound posts, and of
    // those whose only errors are about their assets.
    if (forRendering && files.some(hasErrors)) {
      return { work, files, published, samples: [], ok: false }
    }
    const samples = run.verify
      ? await verifyPostFiles(
          published.filter(({ file }) => !hasSampleBlockingErrors(file)).map(({ file }) => file),
          {
            ...run.samples,
            signal: run.signal,
            onProgress: (progress) => run.onProgress?.({ stage: 'verifying', ...progress }),
          },
        )
      : []
    return { work, files, published, samples, ok: !files.some(hasErrors) }
  }

  return {
    async inspect(run) {
      const { files, ok, samples } = await read(run, { forRendering: false })
      return { files, ok, samples }
    },

    async run(run) {
      const { site, cache } = options
      const { work, files, published, samples, ok } = await read(run, { forRendering: true })
      const failed: SiteRun = {
        files,
        ok: false,
        outputs: [],
        posts: published.length,
        rendered: [],
        pages: 0,
        samples,
      }
      if (!ok) return failed

      // Note: neighbours for previous/next links follow the home page's order.
      const ordered = [...published].sort((a, b) =>
        newestFirst(a.inspected.summary, b.inspected.summary),
      )
      const rendered: string[] = []
      let renderedOrReused = 0
      const rendering = (result: RenderedPost) => {
        renderedOrReused += 1
        run.onProgress?.({
          stage: 'rendering',
          done: renderedOrReused,
          total: ordered.length,
          failed: 0,
        })
        return result
      }
      const renderings = await Promise.all(
        ordered.map(async (post, index): Promise<RenderedPost> => {
          const context: RenderContext = {
            older: neighbour(ordered[index + 1]?.inspected.summary),
            newer: neighbour(ordered[index - 1]?.inspected.summary),
            shownOutputs: shownOutputs(
              run.verify
                ? (post.file.data.sampleResults ?? [])
                : unchangedResults(run.knownResults?.get(post.source.path), post.file),
            ),
          }
          const renderKey = digest([post.key, JSON.stringify(context)])
          if (post.cached?.renderKey === renderKey) return rendering(post.cached.rendered)
          let edited = false
          if (!post.inPool) {
            const again = await work.inspect(
              post.source,
              { drafts: options.drafts, samplesOnly: false },
              run.signal,
            )
            // Note: a post edited since it was looked up is rendered as it is
            // now, and not kept under what it was.
            edited = again.digest !== post.inspected.digest
          }
          run.signal?.throwIfAborted()
          run.onPost?.(post.inspected.summary.slug)
          const result = await work.render(post.source.path, context, run.signal)
          rendered.push(post.source.path)
          if (edited) return rendering(result)
          await cache?.set(post.source.path, {
            key: post.key,
            assets: post.assets,
            inspected: post.inspected,
            renderKey,
            rendered: result,
          })
          return rendering(result)
        }),
      )
      run.signal?.throwIfAborted()

      const summaries = ordered.map(({ inspected }) => inspected.summary)
      const render = createTemplateRenderer()
      const feedPosts: FeedPost[] = summaries.map((summary, index) => ({
        ...summary,
        html: renderings[index]?.feedHtml ?? '',
      }))
      const outputs: OutputFile[] = [
        ...renderings.flatMap((rendering) => rendering.outputs),
        renderSiteIndex(summaries, render, site),
        ...renderTaxonomyPages(summaries, render, site),
        ...renderFeeds(feedPosts, site),
        ...siteAssets(templatesFolder),
        ...deckAssets(templatesFolder),
        ...featureAssets(templatesFolder, {
          math: renderings.some((rendering) => rendering.features.math),
          mermaid: renderings.some((rendering) => rendering.features.mermaid),
        }),
      ]
      const pages = outputs.filter((output) => output.path.endsWith('.html')).length
      return { files, ok, outputs, posts: published.length, rendered, pages, samples }
    },

    async close() {
      await pool?.close()
      pool = undefined
    },
  }
}

function neighbour(summary: PostSummary | undefined) {
  return summary && { slug: summary.slug, title: summary.frontMatter.title }
}
