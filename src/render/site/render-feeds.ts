import { create } from 'xmlbuilder2'
import type { OutputFile } from '../../write/output-file.js'
import {
  absoluteUrl,
  categoryFolder,
  postFolder,
  type SiteOptions,
  tagFolder,
} from '../page-context.js'
import { interfaceWords } from '../words/interface-words.js'
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
 * Both are serialised by xmlbuilder2, which escapes every text and
 * attribute (titles and descriptions are text, the body is escaped HTML,
 * never hand-built CDATA) and drops characters XML cannot hold.
 *
 * Note: a feed of every post grows without end (7 MB for a thousand posts),
 * for readers that only look at what is new, and would be made again on
 * every edit under `postdeck dev`.
 */
export function renderFeeds(posts: readonly FeedPost[], site: SiteOptions): OutputFile[] {
  const home = absoluteUrl(site, '')
  if (!home) return []
  const sorted = [...posts].sort(newestFirst)
  const latest = sorted[0]?.frontMatter
  const feed = create({ ...xmlOptions, encoding: 'utf-8' }).ele(
    'http://www.w3.org/2005/Atom',
    'feed',
    site.lang ? { 'xml:lang': site.lang } : {},
  )
  feed.ele('id').txt(home)
  feed
    .ele('title', { type: 'text' })
    .txt(site.title ?? interfaceWords(site.lang ?? 'en', site.words).blog)
  feed.ele('updated').txt(isoDate(latest ? (latest.updated ?? latest.published) : undefined))
  feed.ele('link', { rel: 'alternate', href: home })
  feed.ele('link', { rel: 'self', href: new URL('atom.xml', home).href })
  if (site.description) feed.ele('subtitle', { type: 'text' }).txt(site.description)
  if (site.author) {
    feed.ele('author').ele('name').txt(site.author)
    feed.ele('rights', { type: 'text' }).txt(`© ${site.author}`)
  }
  feed.ele('generator').txt('postdeck')
  for (const { slug, frontMatter, html } of sorted.slice(0, site.feedLimit)) {
    const url = absoluteUrl(site, postFolder(slug)) ?? home
    const entry = feed.ele('entry')
    entry.ele('title', { type: 'text' }).txt(frontMatter.title)
    entry.ele('id').txt(url)
    entry.ele('link', { rel: 'alternate', href: url })
    entry.ele('updated').txt(isoDate(frontMatter.updated ?? frontMatter.published))
    entry.ele('published').txt(isoDate(frontMatter.published))
    if (frontMatter.description) {
      entry.ele('summary', { type: 'text' }).txt(frontMatter.description)
    }
    entry.ele('content', { type: 'html' }).txt(absolutise(html, url))
    for (const tag of frontMatter.tags) entry.ele('category', { term: tag })
  }

  const folders = new Set([
    '',
    ...sorted.map(({ slug }) => postFolder(slug)),
    ...sorted.flatMap(({ frontMatter }) => frontMatter.tags.map(tagFolder)),
    ...sorted.flatMap(({ frontMatter }) =>
      frontMatter.category ? [categoryFolder(frontMatter.category)] : [],
    ),
  ])
  const sitemap = create({ ...xmlOptions, encoding: 'UTF-8' }).ele('urlset', {
    xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  })
  for (const folder of folders)
    sitemap
      .ele('url')
      .ele('loc')
      .txt(absoluteUrl(site, folder) ?? home)

  return [
    { path: 'atom.xml', contents: feed.end({ prettyPrint: true }) },
    { path: 'sitemap.xml', contents: sitemap.end({ prettyPrint: true }) },
  ]
}

/** Characters XML 1.0 cannot hold (most control characters) are dropped, not serialised into invalid XML. */
const xmlOptions = { version: '1.0', invalidCharReplacement: '' } as const

/** A calendar date as an Atom timestamp, midnight UTC; the epoch when there is none. */
function isoDate(date: string | undefined): string {
  return date ? `${date}T00:00:00.000Z` : new Date(0).toISOString()
}

/** Make the relative `src` and `href` of a page's HTML absolute, as feed readers need. */
function absolutise(html: string, base: string): string {
  return html.replace(/\b(src|href)="([^"#][^"]*)"/g, (whole, attribute: string, value: string) => {
    if (/^[a-z][a-z\d+.-]*:/i.test(value)) return whole
    return `${attribute}="${new URL(value.replaceAll('&#x26;', '&'), base).href.replaceAll('&', '&#x26;')}"`
  })
}
