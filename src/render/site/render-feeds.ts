import { Feed } from 'feed'
import { create } from 'xmlbuilder2'
import type { OutputFile } from '../../write/output-file.js'
import {
  absoluteUrl,
  categoryFolder,
  postFolder,
  type SiteOptions,
  tagFolder,
} from '../page-context.js'
import { type ListedPost, newestFirst } from './render-lists.js'

/** A listed post with its page's body HTML, for the feed. */
export interface FeedPost extends ListedPost {
  html: string
}

/**
 * The Atom feed (`atom.xml`: the newest `feedLimit` posts, full content,
 * absolute URLs) and `sitemap.xml` (every page). Both need absolute URLs,
 * so both need the site's `url`; without it there are none.
 *
 * Note: a feed of every post grows without end (7 MB for a thousand posts),
 * for readers that only look at what is new, and would be made again on
 * every edit under `postdeck dev`.
 */
export function renderFeeds(posts: readonly FeedPost[], site: SiteOptions): OutputFile[] {
  const home = absoluteUrl(site, '')
  if (!home) return []
  const sorted = [...posts].sort(newestFirst)
  const updated = sorted[0]?.frontMatter.updated ?? sorted[0]?.frontMatter.published
  const feed = new Feed({
    title: site.title,
    id: home,
    link: home,
    copyright: site.author ? `© ${site.author}` : '',
    updated: updated ? new Date(`${updated}T00:00:00Z`) : new Date(0),
    feedLinks: { atom: new URL('atom.xml', home).href },
    ...(site.description ? { description: site.description } : {}),
    ...(site.lang ? { language: site.lang } : {}),
    ...(site.author ? { author: { name: site.author } } : {}),
  })
  for (const { slug, frontMatter, html } of sorted.slice(0, site.feedLimit)) {
    const url = absoluteUrl(site, postFolder(slug)) ?? home
    feed.addItem({
      title: frontMatter.title,
      id: url,
      link: url,
      ...(frontMatter.description ? { description: frontMatter.description } : {}),
      content: absolutise(html, url),
      date: new Date(`${frontMatter.updated ?? frontMatter.published}T00:00:00Z`),
      published: new Date(`${frontMatter.published}T00:00:00Z`),
      category: frontMatter.tags.map((tag) => ({ name: tag })),
    })
  }

  const folders = new Set([
    '',
    ...sorted.map(({ slug }) => postFolder(slug)),
    ...sorted.flatMap(({ frontMatter }) => frontMatter.tags.map(tagFolder)),
    ...sorted.flatMap(({ frontMatter }) =>
      frontMatter.category ? [categoryFolder(frontMatter.category)] : [],
    ),
  ])
  const sitemap = create({ version: '1.0', encoding: 'UTF-8' }).ele('urlset', {
    xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  })
  for (const folder of folders)
    sitemap
      .ele('url')
      .ele('loc')
      .txt(absoluteUrl(site, folder) ?? home)

  return [
    { path: 'atom.xml', contents: feed.atom1() },
    { path: 'sitemap.xml', contents: sitemap.end({ prettyPrint: true }) },
  ]
}

/** Make the relative `src` and `href` of a page's HTML absolute, as feed readers need. */
function absolutise(html: string, base: string): string {
  return html.replace(/\b(src|href)="([^"#][^"]*)"/g, (whole, attribute: string, value: string) => {
    if (/^[a-z][a-z\d+.-]*:/i.test(value)) return whole
    return `${attribute}="${new URL(value.replaceAll('&#x26;', '&'), base).href.replaceAll('&', '&#x26;')}"`
  })
}
