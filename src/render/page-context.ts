import type { Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { Post } from '../content/load-post.js'

/** Site-wide settings the pages need. */
export interface SiteOptions {
  /** Name of the site, shown in the header and page titles. */
  title: string
  /** Default language of posts that set none; guessed from the text when absent. */
  lang?: string
}

/** Path of a post's page folder, relative to the output folder. */
export function postFolder(slug: string): string {
  return `posts/${slug}`
}

/** A relative link that walks up `depth` folders; `./` for none. */
export function upFolders(depth: number): string {
  return depth === 0 ? './' : '../'.repeat(depth)
}

/**
 * The language of a post: its `lang`, else the site's, else a guess from its
 * script (Han → `zh`, kana → `ja`, Hangul → `ko`, otherwise `en`).
 */
export function languageOf(post: Post, tree: Root, site: SiteOptions): string {
  if (post.frontMatter.lang) return post.frontMatter.lang
  if (site.lang) return site.lang
  const text = plainText(tree)
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0
  const latin = count(/\p{Script=Latin}+/gu)
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)
  const hangul = count(/\p{Script=Hangul}/gu)
  const han = count(/\p{Script=Han}/gu)
  if (kana > 0 && kana + han > latin) return 'ja'
  if (hangul > latin) return 'ko'
  if (han > latin) return 'zh'
  return 'en'
}

/** A one-paragraph summary for `<meta name="description">`: the post's own, else its first paragraph. */
export function descriptionOf(post: Post, tree: Root, maxLength = 160): string {
  if (post.frontMatter.description) return post.frontMatter.description
  const paragraph = tree.children.find((node) => node.type === 'paragraph')
  const text = paragraph ? plainText(paragraph).replace(/\s+/g, ' ').trim() : ''
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}
