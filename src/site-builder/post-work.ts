import { posix } from 'node:path'
import type { Root } from 'mdast'
import pLimit from 'p-limit'
import type { Highlighter } from 'shiki'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { checkAssets } from '../content/check-assets.js'
import type { PostSource } from '../content/find-posts.js'
import type { FrontMatter } from '../content/front-matter-schema.js'
import { loadPost, type Post } from '../content/load-post.js'
import { createMarkdownProcessor, parseMarkdown } from '../markdown/create-processor.js'
import type { PageFeatures } from '../markdown/remark-page-features.js'
import { hasErrors, reportError, ruleIds } from '../messages.js'
import { type Neighbour, renderPostPage } from '../render/blog/render-post-page.js'
import { createCodeHighlighter } from '../render/code/highlighter.js'
import type { ShownSampleOutput } from '../render/code/sample-outputs.js'
import { createHtmlRenderer, type HtmlCache } from '../render/markdown-to-html.js'
import { languageOf, postFolder, type SiteOptions } from '../render/page-context.js'
import { renderDeck } from '../render/slides/render-deck.js'
import { createTemplateRenderer } from '../render/templates.js'
import { interfaceWords } from '../render/words/interface-words.js'
import type { Sample } from '../verify/read/remark-extract-samples.js'
import type { Runner } from '../verify/runners.js'
import type { OutputFile } from '../write/output-file.js'

/** A message about a post, as plain data. */
export interface MessageRecord {
  reason: string
  place: Point | Position | undefined
  ruleId: string | undefined
  fatal: boolean | null | undefined
}

/** A code sample as plain data: its runner named by id. */
export interface SampleRecord extends Omit<Sample, 'runner'> {
  runner: Runner['id']
}

/** What the site needs to know of a post that is published. */
export interface PostSummary {
  slug: string
  frontMatter: FrontMatter
  /** The language of its page. */
  lang: string
}

/** A post read, parsed and checked. */
export interface InspectedPost {
  messages: MessageRecord[]
  /** Present when the front matter is usable. */
  summary?: PostSummary
  /** Whether it is left out of the site: a draft, when drafts are not built. */
  draft: boolean
  samples: SampleRecord[]
  /** Absolute paths of the files the post refers to, which its output depends on. */
  assets: string[]
  /** The digest of the text it was read from (`contentDigest`). */
  digest: string
}

/** What rendering a post needs from the rest of the site. */
export interface RenderContext {
  older?: Neighbour | undefined
  newer?: Neighbour | undefined
  /** Outputs of its verified samples, shown after their code. */
  shownOutputs: ShownSampleOutput[]
}

/** A post's files: its page, its deck and its assets, with the page's body HTML for the feed. */
export interface RenderedPost {
  outputs: OutputFile[]
  feedHtml: string
  /** What its page and deck load beyond the usual: the site copies those assets only when a post needs them. */
  features: PageFeatures
}

/** How to read a post. */
export interface InspectOptions {
  /** Whether drafts are read as published posts. */
  drafts: boolean
  /** Read for its code samples alone (`verify`): what only its page needs is not an error. */
  samplesOnly: boolean
}

/** The work on one post that runs apart from verification: the same in this thread or a worker. */
export interface PostWork {
  /** Read, parse and check a post; its tree is kept for `render`. */
  inspect(source: PostSource, options: InspectOptions): Promise<InspectedPost>
  /** Render a post that `inspect` read, and forget its tree. */
  render(path: string, context: RenderContext): Promise<RenderedPost>
  /** Make the highlighter now, while other work waits on the disk or on samples, not at the first render. */
  prepare(): Promise<void>
  /** Free the highlighter, once the calls made before are done. */
  dispose(): Promise<void>
}

/**
 * The work on posts for a site: one Markdown processor, one highlighter
 * (made by `prepare` or the first render) and the trees of inspected posts
 * until they are rendered.
 *
 * Everything that goes in or comes out is plain data, so a worker thread can
 * run it (see `post-thread.ts`).
 */
export function createPostWork(site: SiteOptions): PostWork {
  const processor = createMarkdownProcessor({ publicDir: site.publicDir })
  const parsed = new Map<string, { post: Post; tree: Root; lang: string }>()
  let renderers: Promise<Renderers> | undefined
  // Note: reading waits mostly on the disk, so several posts are read at
  // once; renders run one at a time, in the order asked, so one post's
  // highlighted code is shared by its page and deck and no other's.
  const reading = pLimit(16)
  const inTurn = pLimit(1)
  const readyRenderers = () => {
    renderers ??= createRenderers(site)
    return renderers
  }
  return {
    inspect: (source, options) => reading(inspect, source, options),
    render: (path, context) => inTurn(render, path, context),
    async prepare() {
      await readyRenderers()
    },
    dispose: () =>
      inTurn(async () => {
        parsed.clear()
        ;(await renderers)?.highlighter.dispose()
        renderers = undefined
      }),
  }

  async function inspect(
    source: PostSource,
    { drafts, samplesOnly }: InspectOptions,
  ): Promise<InspectedPost> {
    const { file, post, digest } = await loadPost(source, { samplesOnly })
    parsed.delete(source.path)
    if (!post) {
      return { messages: messageRecords(file), draft: false, samples: [], assets: [], digest }
    }
    const draft = post.frontMatter.draft && !drafts
    if (draft) return { messages: messageRecords(file), draft, samples: [], assets: [], digest }
    let tree: Awaited<ReturnType<typeof parseMarkdown>>
    try {
      tree = await parseMarkdown(processor, file)
    } catch (error) {
      // Note: input limits keep known stack overflows out; any other stays this post's error.
      if (!(error instanceof RangeError)) throw error
      reportError(
        file,
        `Post cannot be read: ${error.message}`,
        { line: 1, column: 1 },
        ruleIds.inputLimit,
      )
      return { messages: messageRecords(file), draft, samples: [], assets: [], digest }
    }
    await checkAssets(file)
    // Note: decided once; the page, the deck and the site's lists all use it.
    const lang = languageOf(post, tree, site)
    if (!hasErrors(file)) parsed.set(source.path, { post, tree, lang })
    return {
      messages: messageRecords(file),
      summary: { slug: post.slug, frontMatter: post.frontMatter, lang },
      draft,
      samples: (file.data.samples ?? []).map(({ runner, ...sample }) => ({
        ...sample,
        runner: runner.id,
      })),
      assets: [...new Set((file.data.assets ?? []).map((asset) => asset.source))],
      digest,
    }
  }

  async function render(path: string, context: RenderContext): Promise<RenderedPost> {
    const entry = parsed.get(path)
    if (!entry) throw new Error(`\`${path}\` was not inspected before rendering`)
    parsed.delete(path)
    const { page: toPageHtml, deck: toDeckHtml, render, cache } = await readyRenderers()
    // Note: the page and the deck show the same code; it is highlighted once per post.
    cache.clear()
    const { post, tree, lang } = entry
    post.file.data.shownOutputs = context.shownOutputs
    post.file.data.words = interfaceWords(lang, site.words)
    const hasDeck = post.frontMatter.slides !== false
    const page = await renderPostPage(post, tree, {
      toHtml: toPageHtml,
      render,
      site,
      hasDeck,
      lang,
      older: context.older,
      newer: context.newer,
    })
    const outputs = [page.file]
    if (hasDeck)
      outputs.push((await renderDeck(post, tree, { toHtml: toDeckHtml, render, lang })).file)
    outputs.push(...assetsOf(post))
    return {
      outputs,
      feedHtml: page.html,
      features: post.file.data.features ?? { math: false, mermaid: false },
    }
  }
}

interface Renderers {
  highlighter: Highlighter
  page: ReturnType<typeof createHtmlRenderer>
  deck: ReturnType<typeof createHtmlRenderer>
  render: ReturnType<typeof createTemplateRenderer>
  cache: HtmlCache
}

async function createRenderers(site: SiteOptions): Promise<Renderers> {
  const highlighter = await createCodeHighlighter()
  const cache: HtmlCache = new Map()
  const options = { trustRawHtml: site.trustRawHtml, cache }
  return {
    highlighter,
    page: createHtmlRenderer(highlighter, { ...options, page: true }),
    deck: createHtmlRenderer(highlighter, options),
    render: createTemplateRenderer(),
    cache,
  }
}

/** The messages of `file` as plain data. */
function messageRecords(file: VFile): MessageRecord[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place ?? undefined,
    ruleId: message.ruleId ?? undefined,
    fatal: message.fatal,
  }))
}

/** The files a post refers to, each copied once beside its page. */
function assetsOf(post: Post): OutputFile[] {
  const outputs = new Map(
    (post.file.data.assets ?? [])
      .filter((asset) => !asset.missing)
      .map((asset) => [asset.output, asset.source] as const),
  )
  // Note: files of `public/` are named `../../x` from the page (deeper for a nested slug), so they land at the root.
  return [...outputs].map(([output, source]) => ({
    path: posix.join(postFolder(post.slug), output),
    copyFrom: source,
  }))
}
