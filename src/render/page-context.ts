import type { Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { Post } from '../content/load-post.js'
import type { SiteConfig } from '../content/site-config.js'

/** Site-wide settings the pages need: the validated site config. */
export type SiteOptions = SiteConfig

/** Path of a post's page folder, relative to the output folder. */
export function postFolder(slug: string): string {
  return `posts/${slug}`
}

/**
 * How many folders deep a post's page is in the output folder: 2 for
 * `posts/<slug>/`, one more for each `/` of a nested post's slug
 * (`posts/2024/a/`). Its deck is one folder deeper.
 */
export function postDepth(slug: string): number {
  return 1 + slug.split('/').length
}

/** A relative link that walks up `depth` folders; `./` for none. */
export function upFolders(depth: number): string {
  return depth === 0 ? './' : '../'.repeat(depth)
}

/**
 * The language of a post: its `lang`, else the site's, else a guess from the
 * script of its prose (Han → `zh`, kana → `ja`, Hangul → `ko`, otherwise
 * `en`). Note: code, math and raw HTML are left out of the guess: a Chinese
 * tutorial is mostly code, in Latin letters.
 */
export function languageOf(post: Post, tree: Root, site: SiteOptions): string {
  if (post.frontMatter.lang) return post.frontMatter.lang
  if (site.lang) return site.lang
  const parts: string[] = [post.frontMatter.title]
  visit(tree, 'text', (node) => {
    parts.push(node.value)
  })
  const text = parts.join(' ')
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0
  const latin = count(/\p{Script=Latin}+/gu)
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)
  const hangul = count(/\p{Script=Hangul}/gu)
  const han = count(/\p{Script=Han}/gu)
  if (kana > 0 && kana + han > latin) return 'ja'
  if (hangul > latin) return 'ko'
  if (han > latin) return chineseScript(text)
  return 'en'
}

/** Common characters written one way in Traditional Chinese and another in Simplified, pair by pair. */
const traditionalOnly =
  '這們來時為說國會對後過還發麼與實體種應該開關經點頁設變資訊網單裡製樣讓頭視當幾題處進從動壓標錯誤載執寫書讀記錄員請無邊樣個檔務測試'
const simplifiedOnly =
  '这们来时为说国会对后过还发么与实体种应该开关经点页设变资讯网单里制样让头视当几题处进从动压标错误载执写书读记录员请无边样个档务测试'

/** `zh-TW` for Chinese written mostly in Traditional characters, else `zh` (Simplified). */
export function chineseScript(text: string): 'zh' | 'zh-TW' {
  let traditional = 0
  let simplified = 0
  for (const character of text) {
    if (traditionalOnly.includes(character)) traditional++
    else if (simplifiedOnly.includes(character)) simplified++
  }
  return traditional > simplified ? 'zh-TW' : 'zh'
}

/** A one-paragraph summary for `<meta name="description">`: the post's own, else its first paragraph. */
export function descriptionOf(post: Post, tree: Root, maxLength = 160): string {
  if (post.frontMatter.description) return post.frontMatter.description
  const paragraph = tree.children.find((node) => node.type === 'paragraph')
  const text = paragraph ? plainText(paragraph).replace(/\s+/g, ' ').trim() : ''
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

/** Folder of a tag's page, relative to the output folder (the name kept, CJK included). */
export function tagFolder(tag: string): string {
  return `tags/${safeSegment(tag)}`
}

/** Folder of a category's page, relative to the output folder. */
export function categoryFolder(category: string): string {
  return `categories/${safeSegment(category)}`
}

/** A name made safe as one path segment: separators and dot-only names replaced. */
function safeSegment(name: string): string {
  const segment = name.trim().replace(/[/\\?#%:*"<>|]/g, '-')
  return /^\.*$/.test(segment) ? `-${segment}` : segment
}

/** A relative link from a page `depth` folders deep to a folder's page, percent-encoded. */
export function linkTo(folder: string, depth: number): string {
  const encoded = folder.split('/').map(encodeURIComponent).join('/')
  return `${upFolders(depth)}${encoded}/index.html`
}

/** The absolute URL of a folder's page on the published site, when the site's URL is known. */
export function absoluteUrl(site: SiteOptions, folder: string): string | undefined {
  if (!site.url) return undefined
  const base = site.url.endsWith('/') ? site.url : `${site.url}/`
  return new URL(
    folder === '' ? '' : `${folder.split('/').map(encodeURIComponent).join('/')}/`,
    base,
  ).href
}
