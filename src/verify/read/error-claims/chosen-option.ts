import type { List, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { StatedError } from './prose-error.js'

/** A lettered option of a quiz: `A: \`20\` and \`NaN\``, `D:\`TypeError\``. */
const optionLetter = /^([A-E])\s*[:：.]\s*/u
/** The answer naming an option: `答案: B`, `Answer: D`, `正确答案：C`. */
const answerLine = /^(?:正确答案|参考答案|答案|(?:correct\s+)?answer)\s*[:：]\s*([A-E])\s*$/iu
/** How many nodes after the options the answer may stand (a `<details>` and `<summary>` before it). */
const answerReach = 4
/** An error named in an option: `TypeError`, `ReferenceError: greetign is not defined`. */
const errorInOption = /\b([A-Z][A-Za-z]*(?:Error|Exception))\b/u

/**
 * The error a quiz's answer chooses for the sample: lettered options listed
 * right after it (`- A: \`orange\``, …, `- D: \`TypeError\``), then, within a
 * few blocks (the folded `<details>` of the answer), a line naming one of them
 * (`#### 答案: D`, `#### Answer: D`) whose option names an error: the sample
 * raises that error, before which it may print what the option shows first
 * (`"Woof I am Mara"`, `TypeError`). `undefined` when no option is chosen so,
 * or the chosen one names no error, or more than one.
 */
export function errorChosenAfter(parent: Parent, index: number): StatedError | undefined {
  const options = parent.children[index + 1]
  if (options?.type !== 'list') return undefined
  const lettered = new Map<string, string>()
  for (const item of (options as List).children) {
    const text = plainText(item).trim()
    const letter = optionLetter.exec(text)?.[1]
    if (letter === undefined) return undefined
    lettered.set(letter, text)
  }
  if (lettered.size < 2) return undefined
  for (const node of parent.children.slice(index + 2, index + 2 + answerReach)) {
    if (node.type === 'code' || node.type === 'list') return undefined
    if (node.type !== 'heading' && node.type !== 'paragraph') continue
    const letter = answerLine.exec(plainText(node).trim())?.[1]
    if (letter === undefined) continue
    const chosen = lettered.get(letter)
    const names = chosen?.match(new RegExp(errorInOption.source, 'gu')) ?? []
    if (chosen === undefined || names.length !== 1) return undefined
    return {
      postLine: node.position?.start.line ?? 0,
      name: names[0],
      sentence: `${plainText(node).trim()} (${chosen})`,
      chosen: true,
    }
  }
  return undefined
}
