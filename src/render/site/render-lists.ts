import type { FrontMatter } from '../../content/front-matter-schema.js'
import type { OutputFile } from '../../write/output-file.js'
import {
  absoluteUrl,
  categoryFolder,
  linkTo,
  postFolder,
  type SiteOptions,
  tagFolder,
  upFolders,
} from '../page-context.js'
import type { TemplateRenderer } from '../templates.js'
import { formatDate } from '../words/format-date.js'
import { interfaceWords } from '../words/interface-words.js'
import type { InterfaceWords } from '../words/word-list.js'

/** A post as the site's lists show it: plain data, kept by the build cache. */
export interface ListedPost {
  slug: string
  frontMatter: FrontMatter
  /** The language of its page, as `languageOf` decided. */
  lang: string
}

/** Order posts newest first; posts of the same day by title. */
export function newestFirst(a: ListedPost, b: ListedPost): number {
  const byDate = b.frontMatter.published.localeCompare(a.frontMatter.published)
  return byDate || a.frontMatter.title.localeCompare(b.frontMatter.title)
}

/** A page listing posts, newest first: the home page, a tag's or a category's page. */
function renderList(
  listed: readonly ListedPost[],
  folder: string,
  heading: (words: InterfaceWords) => string,
  render: TemplateRenderer,
  site: SiteOptions,
): OutputFile {
  const depth = folder === '' ? 0 : folder.split('/').length
  // A list is in the site's language, else in the one more than half of its posts are in, else English.
  const lang = site.lang ?? majorityLanguage(listed) ?? 'en'
  // Note: a date is the list's own word, like its labels, so it is written in the
  // list page's language (as an Astro site renders its lists in one locale), and
  // marked so when the post around it is in another.
  const posts = [...listed].sort(newestFirst).map((entry) => ({
    title: entry.frontMatter.title,
    published: entry.frontMatter.published,
    date: formatDate(entry.frontMatter.published, lang),
    dateLang: entry.lang === lang ? undefined : lang,
    description: entry.frontMatter.description,
    lang: entry.lang,
    href: linkTo(postFolder(entry.slug), depth),
    tags: entry.frontMatter.tags.map((tag) => ({ name: tag, href: linkTo(tagFolder(tag), depth) })),
  }))
  const words = interfaceWords(lang, site.words)
  return {
    path: folder === '' ? 'index.html' : `${folder}/index.html`,
    contents: render('index', {
      root: upFolders(depth),
      site,
      lang,
      t: words,
      heading: heading(words),
      isHome: folder === '',
      canonical: absoluteUrl(site, folder),
      posts,
    }),
  }
}

/** The site's home page, `index.html`: every given post, newest first. */
export function renderSiteIndex(
  listed: readonly ListedPost[],
  render: TemplateRenderer,
  site: SiteOptions,
): OutputFile {
  return renderList(listed, '', (words) => site.title ?? words.blog, render, site)
}

/**
 * A static page per tag (`tags/<tag>/`) and per category
 * (`categories/<category>/`), listing their posts: no script needed.
 */
export function renderTaxonomyPages(
  listed: readonly ListedPost[],
  render: TemplateRenderer,
  site: SiteOptions,
): OutputFile[] {
  type Heading = (words: InterfaceWords) => string
  const groups = new Map<string, { heading: Heading; posts: ListedPost[] }>()
  const add = (folder: string, heading: Heading, entry: ListedPost) => {
    const group = groups.get(folder) ?? { heading, posts: [] }
    group.posts.push(entry)
    groups.set(folder, group)
  }
  for (const entry of listed) {
    for (const tag of entry.frontMatter.tags) {
      add(tagFolder(tag), (words) => labelled(words.tag, tag, words), entry)
    }
    const { category } = entry.frontMatter
    if (category) {
      add(categoryFolder(category), (words) => labelled(words.category, category, words), entry)
    }
  }
  return [...groups].map(([folder, { heading, posts }]) =>
    renderList(posts, folder, heading, render, site),
  )
}

/** The language more than half of `listed` are in, if there is one. */
function majorityLanguage(listed: readonly ListedPost[]): string | undefined {
  const counts = new Map<string, number>()
  for (const { lang } of listed) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  return [...counts].find(([, count]) => count * 2 > listed.length)?.[0]
}

/** `Tag: name`, with the colon of the language (`标签：name`). */
function labelled(label: string, name: string, words: InterfaceWords): string {
  return `${label}${words.colon}${name}`
}

/** The site's stylesheet and page script, copied from `templates/assets/`. */
export function siteAssets(templatesFolder: string): OutputFile[] {
  return ['site.css', 'site.js'].map((name) => ({
    path: `assets/${name}`,
    copyFrom: `${templatesFolder}assets/${name}`,
  }))
}
