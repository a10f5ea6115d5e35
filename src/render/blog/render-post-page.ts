import type { Root } from 'mdast'
import type { Post } from '../../content/load-post.js'
import type { OutputFile } from '../../write/output-file.js'
import { withSampleOutputs } from '../code/sample-outputs.js'
import type { HtmlRenderer } from '../markdown-to-html.js'
import {
  absoluteUrl,
  categoryFolder,
  descriptionOf,
  linkTo,
  postDepth,
  postFolder,
  type SiteOptions,
  tagFolder,
  upFolders,
} from '../page-context.js'
import type { TemplateRenderer } from '../templates.js'
import { formatDate } from '../words/format-date.js'
import { interfaceWords } from '../words/interface-words.js'
import { readingMinutes } from './reading-time.js'
import { tableOfContents } from './table-of-contents.js'

/** What rendering a post's page needs besides the post. */
export interface PageRendering {
  toHtml: HtmlRenderer
  render: TemplateRenderer
  site: SiteOptions
  /** Whether the post has a deck to link to. */
  hasDeck: boolean
  /** The post's language, as `languageOf` decided it. */
  lang: string
  /** The posts before (older) and after (newer) it on the site. */
  older?: Neighbour | undefined
  newer?: Neighbour | undefined
}

/** A post that a page links to as the previous or the next one. */
export interface Neighbour {
  slug: string
  title: string
}

/** A post's rendered page, and its body HTML for the feed. */
export interface RenderedPage {
  file: OutputFile
  html: string
}

/** Render the blog page of `post` from its shaped tree, at `posts/<slug>/index.html`. */
export async function renderPostPage(
  post: Post,
  tree: Root,
  { toHtml, render, site, hasDeck, lang, older, newer }: PageRendering,
): Promise<RenderedPage> {
  if (hasDeck) post.file.data.deckHref = 'slides/index.html'
  const html = await toHtml(withSampleOutputs(tree, post.file.data.shownOutputs, 'page'), post.file)
  const { frontMatter } = post
  const url = absoluteUrl(site, postFolder(post.slug))
  const cover = post.file.data.coverImage
  const image = cover && url ? new URL(cover, url).href : undefined
  const description = descriptionOf(post, tree)
  const depth = postDepth(post.slug)
  const neighbour = (other: Neighbour | undefined) =>
    other && { title: other.title, href: linkTo(postFolder(other.slug), depth) }
  const words = post.file.data.words ?? interfaceWords(lang, site.words)
  const contents = render('post', {
    root: upFolders(depth),
    site,
    lang,
    t: words,
    features: post.file.data.features,
    dates: {
      published: formatDate(frontMatter.published, lang),
      updated: frontMatter.updated && formatDate(frontMatter.updated, lang),
    },
    description,
    post: frontMatter,
    deckHref: hasDeck ? 'slides/index.html' : undefined,
    html,
    minutesRead: words.minutesRead.replace('{n}', String(readingMinutes(tree))),
    toc: tableOfContents(tree),
    tags: frontMatter.tags.map((tag) => ({ name: tag, href: linkTo(tagFolder(tag), depth) })),
    category: frontMatter.category && {
      name: frontMatter.category,
      href: linkTo(categoryFolder(frontMatter.category), depth),
    },
    canonical: url,
    cover,
    image,
    older: neighbour(older),
    newer: neighbour(newer),
    jsonLd: scriptJson({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: frontMatter.title,
      description: description || undefined,
      datePublished: frontMatter.published,
      dateModified: frontMatter.updated ?? frontMatter.published,
      inLanguage: lang,
      keywords: frontMatter.tags.length > 0 ? frontMatter.tags.join(', ') : undefined,
      articleSection: frontMatter.category,
      image,
      url,
      mainEntityOfPage: url,
      author: site.author ? { '@type': 'Person', name: site.author } : undefined,
    }),
  })
  return { file: { path: `${postFolder(post.slug)}/index.html`, contents }, html }
}

/**
 * JSON for a `<script>` element: `<`, `>` and `&` escaped so no value can end
 * the script or open a comment, whatever the front matter holds.
 */
function scriptJson(data: object): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029')
}
