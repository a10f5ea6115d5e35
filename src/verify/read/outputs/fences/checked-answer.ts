import type { Heading, List, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { DocumentedOutput } from '../documented-output.js'

/** A question asking what a sample prints: `What is the output of this code?`, `以下代码的输出是什么?`, `输出什么?`. */
export const asksForOutput =
  /\b(?:outputs?|print(?:s|ed)?|evaluates? to)\b|输出|打印|(?:运行|执行)结果/iu

/** An option naming another option (`- [x] C`, `- [x] d.`), or an answer in words of another script. */
const letterOrCjk = /^[A-Ea-e][.:)]?$|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** At most this many words in an answer read as output; a longer one explains (`1, representing 'false', because …`). */
const maxWords = 6

/** The heading over the sample: the question a quiz asks of it. */
export function questionOver(parent: Parent, index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const node = parent.children[at]
    if (node?.type === 'heading') return plainText(node as Heading)
    if (node?.type === 'code') return undefined
  }
  return undefined
}

/**
 * The answer a quiz checks among the options listed right after the sample
 * (a GitHub task list, `- [ ] 21` / `- [x] 6`, one of them checked), when the
 * question over the sample asks what it prints (`#### Q4. What would the
 * output of this command string be?`) and the checked option is short and
 * reads as output: one `code` span, or a few words (`This old rolling came
 * rolling`). Not an option naming another option's fence (`- [x] C`), nor
 * an answer in words (`It tests whether …`, `它会显示…`).
 */
export function checkedAnswer(parent: Parent, index: number): DocumentedOutput | undefined {
  const next = parent.children[index + 1]
  if (next?.type !== 'list') return undefined
  const items = (next as List).children
  const checked = items.filter((item) => item.checked === true)
  const [answer] = checked
  if (
    items.length < 2 ||
    checked.length !== 1 ||
    !answer ||
    items.some((item) => typeof item.checked !== 'boolean')
  ) {
    return undefined
  }
  const question = questionOver(parent, index)
  if (question === undefined || !asksForOutput.test(question)) return undefined
  const [paragraph, ...rest] = answer.children
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined
  const [only, ...more] = paragraph.children
  const text =
    only?.type === 'inlineCode' && more.length === 0 ? only.value : plainText(paragraph).trim()
  const words = text.split(/\s+/u).filter((word) => word !== '')
  if (
    text === '' ||
    text.includes('\n') ||
    letterOrCjk.test(text) ||
    (only?.type !== 'inlineCode' && words.length > maxWords)
  ) {
    return undefined
  }
  const line = answer.position?.start.line ?? next.position?.start.line ?? 1
  return {
    kind: 'block',
    lines: [text],
    lineNumbers: [line],
    reason: `option checked at line ${line} among the answers listed after the sample`,
  }
}
