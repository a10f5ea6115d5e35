import type { Root } from 'mdast'
import type { Post } from '../../content/load-post.js'
import type { OutputFile } from '../../write/output-file.js'
import { languageOf, postFolder, type SiteOptions, upFolders } from '../page-context.js'
import type { TemplateRenderer } from '../templates.js'

/** A post as the site's lists show it. */
export interface ListedPost {
  post: Post
  tree: Root
}

/** Order posts newest first; posts of the same day by title. */
export function newestFirst(a: ListedPost, b: ListedPost): number {
  const byDate = b.post.frontMatter.published.localeCompare(a.post.frontMatter.published)
  return byDate || a.post.frontMatter.title.localeCompare(b.post.frontMatter.title)
}

/** Render the site's home page, `index.html`: every given post, newest first. */
export function renderSiteIndex(
  listed: readonly ListedPost[],
  render: TemplateRenderer,
  site: SiteOptions,
): OutputFile {
  const posts = [...listed].sort(newestFirst).map(({ post, tree }) => ({
    title: post.frontMatter.title,
    published: post.frontMatter.published,
    description: post.frontMatter.description,
    lang: languageOf(post, tree, site),
    href: `${postFolder(post.slug).split('/').map(encodeURIComponent).join('/')}/index.html`,
  }))
  return {
    path: 'index.html',
    contents: render('index', { root: upFolders(0), site, lang: site.lang ?? 'en', posts }),
  }
}

/** The site's stylesheet, copied from `templates/assets/`. */
export function siteAssets(templatesFolder: string): OutputFile[] {
  return [{ path: 'assets/site.css', copyFrom: `${templatesFolder}assets/site.css` }]
}
