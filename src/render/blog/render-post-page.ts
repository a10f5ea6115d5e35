import type { Root } from 'mdast'
import type { Post } from '../../content/load-post.js'
import type { OutputFile } from '../../write/output-file.js'
import type { HtmlRenderer } from '../markdown-to-html.js'
import {
  descriptionOf,
  languageOf,
  postFolder,
  type SiteOptions,
  upFolders,
} from '../page-context.js'
import { withSampleOutputs } from '../sample-outputs.js'
import type { TemplateRenderer } from '../templates.js'

/** What rendering a post's page needs besides the post. */
export interface PageRendering {
  toHtml: HtmlRenderer
  render: TemplateRenderer
  site: SiteOptions
  /** Whether the post has a deck to link to. */
  hasDeck: boolean
}

/** Render the blog page of `post` from its shaped tree, at `posts/<slug>/index.html`. */
export async function renderPostPage(
  post: Post,
  tree: Root,
  { toHtml, render, site, hasDeck }: PageRendering,
): Promise<OutputFile> {
  if (hasDeck) post.file.data.deckHref = 'slides/index.html'
  const html = await toHtml(
    withSampleOutputs(tree, post.file.data.sampleResults, 'page'),
    post.file,
  )
  return {
    path: `${postFolder(post.slug)}/index.html`,
    contents: render('post', {
      root: upFolders(2),
      site,
      lang: languageOf(post, tree, site),
      description: descriptionOf(post, tree),
      post: post.frontMatter,
      deckHref: hasDeck ? 'slides/index.html' : undefined,
      html,
    }),
  }
}
