import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { z } from 'zod'
import { checkAssets } from './content/check-assets.js'
import { checkSlugs } from './content/check-slugs.js'
import { findPosts } from './content/find-posts.js'
import { loadPost, type Post } from './content/load-post.js'
import { siteConfigSchema } from './content/site-config.js'
import { createMarkdownProcessor, parseMarkdown } from './markdown/create-processor.js'
import { hasErrors } from './messages.js'
import { printDecks } from './pdf/print-decks.js'
import { renderPostPage } from './render/blog/render-post-page.js'
import { createCodeHighlighter } from './render/highlighter.js'
import { createHtmlRenderer } from './render/markdown-to-html.js'
import { postFolder, type SiteOptions } from './render/page-context.js'
import { type FeedPost, renderFeeds } from './render/site/render-feeds.js'
import {
  newestFirst,
  renderSiteIndex,
  renderTaxonomyPages,
  siteAssets,
} from './render/site/render-lists.js'
import { deckAssets, renderDeck } from './render/slides/render-deck.js'
import { createTemplateRenderer, templatesFolder } from './render/templates.js'
import type { Sample } from './verify/remark-extract-samples.js'
import { type VerifyPostsOptions, verifyPostFiles } from './verify/verify-posts.js'
import type { SampleResult } from './verify/verify-samples.js'
import type { OutputFile } from './write/output-file.js'
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
  /** Aborting stops the build; nothing is written. */
  signal?: AbortSignal | undefined
  /** Run the code samples and fail on a failed one; default `true`. */
  verify?: boolean | undefined
  /** How samples run: timeout, concurrency, cache, shard. */
  samples?: VerifyPostsOptions | undefined
}

/** What a build made, and every message about the content. */
export interface SiteResult {
  /** One file per post read, with its messages. */
  files: VFile[]
  /** Whether no message fails the build. */
  ok: boolean
  /** The files of the site; empty when the build failed. */
  outputs: OutputFile[]
  /** Posts published (drafts left out unless asked for). */
  posts: number
  /** HTML pages made, decks included. */
  pages: number
  /** Verdicts on the code samples, in document order; empty when not verified. */
  samples: SampleResult[]
}

/** What verifying posts found. */
export interface VerifyResult {
  /** One file per post read, with its messages. */
  files: VFile[]
  /** Whether no message fails the run. */
  ok: boolean
  /** Verdicts on the code samples, in document order. */
  samples: SampleResult[]
}

/** A post and its shaped Markdown tree. */
interface ParsedPost {
  post: Post
  tree: Root
}

/** Options of `build`: those of `renderSite`, and where to write. */
export interface WriteBuildOptions extends BuildOptions {
  /** Output folder; default `dist`. It is replaced whole, and only when the build succeeds. */
  outDir?: string | undefined
  /** Also print each deck to `slides.pdf` beside it, through Chromium. */
  pdf?: boolean | undefined
}

/** Read, parse and check every post; nothing runs or renders yet. */
async function readPosts(options: BuildOptions): Promise<{ files: VFile[]; parsed: ParsedPost[] }> {
  const sources = await findPosts(options.paths ?? ['content'])
  const processor = createMarkdownProcessor()
  const files: VFile[] = []
  const parsed: ParsedPost[] = []
  for (const source of sources) {
    options.signal?.throwIfAborted()
    const { file, post } = await loadPost(source)
    files.push(file)
    if (!post || (post.frontMatter.draft && !options.drafts)) continue
    const tree = await parseMarkdown(processor, file)
    await checkAssets(file)
    parsed.push({ post, tree })
  }
  checkSlugs(parsed.map(({ post }) => post))
  return { files, parsed }
}

/** Read the posts and collect their code samples, running nothing; `ok` is false on content errors. */
export async function collectSamples(
  options: BuildOptions = {},
): Promise<{ files: VFile[]; ok: boolean; samples: Sample[] }> {
  const { files, parsed } = await readPosts(options)
  const samples = parsed.flatMap(({ post }) => post.file.data.samples ?? [])
  return { files, ok: !files.some(hasErrors), samples }
}

/** Read the posts and verify their code samples, rendering nothing. */
export async function verify(options: BuildOptions = {}): Promise<VerifyResult> {
  const { files, parsed } = await readPosts(options)
  if (files.some(hasErrors)) return { files, ok: false, samples: [] }
  const samples = await verifyPostFiles(
    parsed.map(({ post }) => post.file),
    { ...options.samples, signal: options.signal },
  )
  return { files, ok: !files.some(hasErrors), samples }
}

/**
 * Read, check, verify and render the posts into the files of a site, in
 * memory. Nothing is rendered when any post has an error or a failed sample.
 */
export async function renderSite(options: BuildOptions = {}): Promise<SiteResult> {
  const site: SiteOptions = siteConfigSchema.parse(options.site ?? {})
  // Note: every post is read and checked before any sample runs or any page
  // renders, so one bad post fails the build at the least cost.
  const { files, parsed } = await readPosts(options)
  const failed = (samples: SampleResult[]) => ({
    files,
    ok: false,
    outputs: [],
    posts: parsed.length,
    pages: 0,
    samples,
  })
  if (files.some(hasErrors)) return failed([])
  const samples =
    options.verify === false
      ? []
      : await verifyPostFiles(
          parsed.map(({ post }) => post.file),
          { ...options.samples, signal: options.signal },
        )
  if (files.some(hasErrors)) return failed(samples)

  const highlighter = await createCodeHighlighter()
  try {
    const rendering = {
      toHtml: createHtmlRenderer(highlighter, { trustRawHtml: site.trustRawHtml }),
      render: createTemplateRenderer(),
      site,
    }
    const pageRendering = {
      ...rendering,
      toHtml: createHtmlRenderer(highlighter, {
        page: true,
        trustRawHtml: site.trustRawHtml,
      }),
    }
    const outputs: OutputFile[] = []
    const feedPosts: FeedPost[] = []
    // Note: neighbours for previous/next links follow the home page's order.
    const ordered = [...parsed].sort(newestFirst)
    for (const [index, { post, tree }] of ordered.entries()) {
      options.signal?.throwIfAborted()
      options.onPost?.(post.slug)
      const hasDeck = post.frontMatter.slides !== false
      const page = await renderPostPage(post, tree, {
        ...pageRendering,
        hasDeck,
        newer: ordered[index - 1]?.post,
        older: ordered[index + 1]?.post,
      })
      outputs.push(page.file)
      feedPosts.push({ post, tree, html: page.html })
      if (hasDeck) outputs.push((await renderDeck(post, tree, rendering)).file)
      outputs.push(...assetsOf(post))
    }
    outputs.push(renderSiteIndex(parsed, rendering.render, site))
    outputs.push(...renderTaxonomyPages(parsed, rendering.render, site))
    outputs.push(...renderFeeds(feedPosts, site))
    outputs.push(...siteAssets(templatesFolder), ...deckAssets(templatesFolder))
    const pages = outputs.filter((output) => output.path.endsWith('.html')).length
    return { files, ok: true, outputs, posts: parsed.length, pages, samples }
  } finally {
    highlighter.dispose()
  }
}

/** Render the site and, when it has no error, replace the output folder with it. */
export async function build(options: WriteBuildOptions = {}): Promise<SiteResult> {
  const result = await renderSite(options)
  options.signal?.throwIfAborted()
  if (!result.ok) return result
  const decks = result.outputs
    .filter((output) => output.path.endsWith('/slides/index.html'))
    .map((output) => output.path.slice(0, -'/index.html'.length))
  await writeOutput(options.outDir ?? 'dist', result.outputs, {
    signal: options.signal,
    beforeSwap: options.pdf ? (staging) => printDecks(staging, decks) : undefined,
  })
  return result
}

/** The files a post refers to, each copied once beside its page. */
function assetsOf(post: Post): OutputFile[] {
  const outputs = new Map(
    (post.file.data.assets ?? []).map((asset) => [asset.output, asset.source] as const),
  )
  return [...outputs].map(([output, source]) => ({
    path: `${postFolder(post.slug)}/${output}`,
    copyFrom: source,
  }))
}
