import { english } from './languages/english.js'
import { japanese } from './languages/japanese.js'
import { korean } from './languages/korean.js'
import { simplifiedChinese } from './languages/simplified-chinese.js'
import { traditionalChinese } from './languages/traditional-chinese.js'
import type { InterfaceWords } from './word-list.js'

declare module 'vfile' {
  interface DataMap {
    /** The interface words of the post's page and deck, in its language; set before rendering. */
    words: InterfaceWords
  }
}

export type { InterfaceWords } from './word-list.js'

const byLanguage: Record<string, InterfaceWords> = {
  en: english,
  'zh-cn': simplifiedChinese,
  'zh-hans': simplifiedChinese,
  'zh-sg': simplifiedChinese,
  zh: simplifiedChinese,
  'zh-tw': traditionalChinese,
  'zh-hk': traditionalChinese,
  'zh-mo': traditionalChinese,
  'zh-hant': traditionalChinese,
  ja: japanese,
  ko: korean,
}

/**
 * The interface words for a language tag (`zh_CN`, `zh-TW`, `ja-JP`, …):
 * the closest language postdeck has, English when it has none, with the
 * site's own `words` for that tag (or its first part) laid over them.
 */
export function interfaceWords(
  lang: string,
  overrides: Record<string, Record<string, string>> = {},
): InterfaceWords {
  const tag = lang.trim().replaceAll('_', '-').toLowerCase()
  const base = tag.split('-')[0] ?? ''
  const words = byLanguage[tag] ?? byLanguage[base] ?? english
  const own = Object.entries(overrides).filter(([key]) =>
    [tag, base].includes(key.replaceAll('_', '-').toLowerCase()),
  )
  return Object.assign({}, words, ...own.map(([, value]) => value))
}
