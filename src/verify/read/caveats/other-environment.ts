import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { Caveat } from './caveat.js'

/**
 * Words of a lead-in saying the code shows what it does somewhere Node
 * and Linux are not: in a browser (`在浏览器环境下`, `in the browser`), on
 * Windows, on a big-endian machine.
 */
const elsewhere: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /浏览器(?:环境|端|中|里|下|上)|在浏览器|\bin (?:a|the) (?:web )?browser(?:'s console)?\b/iu,
    'in a browser',
  ],
  [/\bon Windows\b|在\s*Windows\s*(?:上|下|中|里|系统)/u, 'on Windows'],
  [/\bbig[- ]endian\b|大端/iu, 'on a big-endian machine'],
]

/**
 * Words saying something does not work there (`目前该函数在浏览器中还不支持`,
 * `is not supported in browsers yet`): the code is not shown as it runs
 * there, so what it prints is what Node prints.
 */
const unsupported =
  /不支持|不兼容|无法(?:使用|运行)|\b(?:not|n't)\s+(?:yet\s+)?(?:be\s+)?(?:supported|available|work)|\bunsupported\b|\bdoes(?: not|n't) support\b/iu

/**
 * The lead-in right before a fence that says its code is shown as it runs
 * in another environment than the one postdeck runs it in (`In the browser,
 * `var a` binds `window.a`, so this logs 1:`, `But on big-endian systems:`):
 * what it prints here may differ, and the difference is no fault of the
 * post's. Only the paragraph's last sentence counts: an earlier one may
 * speak of other code; one saying the code is not supported there does not
 * show what it prints there. `undefined` when it names no such place.
 */
export function otherEnvironmentAt(parent: Parent, index: number): Caveat | undefined {
  const before = parent.children[index - 1]
  if (before?.type !== 'paragraph') return undefined
  // Said of the code below: in the lead-in's last sentence.
  const text = plainText(before).trim()
  const last = text.split(/(?<=[.!?])\s+|(?<=[。！？])(?=\S)/u).at(-1) ?? ''
  const where = unsupported.test(last)
    ? undefined
    : elsewhere.find(([words]) => words.test(last))?.[1]
  const line = before.position?.start.line
  if (where === undefined || line === undefined) return undefined
  return {
    line,
    reason: `the text at line ${line} shows what it prints ${where}`,
    check: 'skipped',
  }
}
