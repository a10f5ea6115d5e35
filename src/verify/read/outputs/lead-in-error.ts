import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { StatedError } from './prose-error.js'

/**
 * A lead-in saying the code under it fails: a verb of getting or raising,
 * then the error (`we'll get a syntax error, like I would here:`, `this
 * throws a TypeError:`), or Chinese `会报错`, `抛出异常`.
 */
const englishClaim =
  /\b(?:get|gets|got|throws?|will throw|raises?|will raise|fails? with|results? in)\b[^.!?]*?\b(?:([A-Z][A-Za-z]*(?:Error|Exception))|(?:syntax |type |reference )?error|exception)\b/iu
const chineseClaim = /报错|出错|抛出[^，。！？,.]{0,24}?(?:异常|错误|Error|Exception)/u
/** Words taking the claim back, or an error the code is about rather than one it raises. */
const negated =
  /\b(?:not|never|no|without|instead of|avoids?|fix(?:es)?|prevents?)\b|n't\b|(?:不会|不|没有|没|并不|无|未)(?:再)?(?:报错|抛出|出错)|避免|修复/iu
/** Sentences end at `.`, `!`, `?` and their full-width forms. */
const sentenceEnd = /(?<=[.!?。！？])\s*/u

/**
 * The error the lead-in right above a fence says the code under it raises:
 * the paragraph just before the fence, ending in a colon, its last sentence
 * claiming so (`However, if I just leave the tax empty, we'll get a syntax
 * error, like I would here:`, `下面这样写会报错：`). As the sentence after a
 * fence does (prose-error.ts), it excuses the error of the sample: the
 * sample passes when it fails with that error (any, when none is named);
 * one that runs clean is judged on its output alone.
 */
export function errorStatedBefore(parent: Parent, index: number): StatedError | undefined {
  const node = parent.children[index - 1]
  if (node?.type !== 'paragraph') return undefined
  const text = plainText(node).replace(/\s+/g, ' ').trim()
  if (!/[:：]$/u.test(text)) return undefined
  const sentence = text.split(sentenceEnd).filter(Boolean).at(-1) ?? ''
  const english = englishClaim.exec(sentence)
  if ((!english && !chineseClaim.test(sentence)) || negated.test(sentence)) return undefined
  return {
    postLine: node.position?.start.line ?? 0,
    name: english?.[1] ?? /\b([A-Z][A-Za-z]*(?:Error|Exception))\b/u.exec(sentence)?.[1],
    sentence,
  }
}
