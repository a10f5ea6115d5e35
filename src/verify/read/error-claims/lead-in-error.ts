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
/** Words pointing at the code under the lead-in: `here`, `the following`, `下面`, `这样写`. */
const pointsBelow =
  /\b(?:here|below|the following|as follows|like this|this (?:code|line|call|snippet))\b|下面|以下|如下|这样|这段|这行/iu
/** Sentences end at `.`, `!`, `?` and their full-width forms. */
const sentenceEnd = /(?<=[.!?。！？])\s*/u

/**
 * The error the lead-in right above a fence says the code under it raises:
 * the paragraph just before the fence, ending in a colon, its last sentence
 * claiming so of the code it points to (`However, if I just leave the tax
 * empty, we'll get a syntax error, like I would here:`, `下面这样写会报错：`;
 * not `You should get an error:`, which may introduce the error's text). As the sentence after a
 * fence does (prose-error.ts), it excuses the error of a sample with no
 * documented output (an output block under a lead-in that says the code
 * fails is compared as it is): the sample passes when it fails with that
 * error (any, when none is named).
 */
export function errorStatedBefore(parent: Parent, index: number): StatedError | undefined {
  const node = parent.children[index - 1]
  if (node?.type !== 'paragraph') return undefined
  const text = plainText(node).replace(/\s+/g, ' ').trim()
  if (!/[:：]$/u.test(text)) return undefined
  const sentence = text.split(sentenceEnd).filter(Boolean).at(-1) ?? ''
  const english = englishClaim.exec(sentence)
  if ((!english && !chineseClaim.test(sentence)) || negated.test(sentence)) return undefined
  if (!pointsBelow.test(sentence)) return undefined
  return {
    postLine: node.position?.start.line ?? 0,
    name: english?.[1] ?? /\b([A-Z][A-Za-z]*(?:Error|Exception))\b/u.exec(sentence)?.[1],
    sentence,
  }
}
