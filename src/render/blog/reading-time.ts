import type { Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

/** Characters a minute for Chinese, Japanese and Korean text, read character by character. */
const cjkPerMinute = 400
/** Words a minute for text written with spaces between words. */
const wordsPerMinute = 230

/**
 * Minutes a post takes to read, counted the CJK way: Han, kana and Hangul
 * characters as characters, other text as words; code is not counted (it is
 * read at the reader's own pace, or run). At least one minute.
 */
export function readingMinutes(tree: Root): number {
  let cjk = 0
  let words = 0
  visit(tree, (node) => {
    if (
      node.type === 'code' ||
      node.type === 'inlineCode' ||
      node.type === 'yaml' ||
      node.type === 'html'
    )
      return 'skip'
    if (node.type !== 'text') return undefined
    const text = plainText(node)
    cjk +=
      text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)
        ?.length ?? 0
    words +=
      text
        .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ')
        .match(/[\p{L}\p{N}]+/gu)?.length ?? 0
    return undefined
  })
  return Math.max(1, Math.round(cjk / cjkPerMinute + words / wordsPerMinute))
}
