import type { Parent } from 'mdast'
import { chosenOption } from '../outputs/fences/lettered-options.js'
import type { StatedError } from './prose-error.js'

/** An error named in an option: `TypeError`, `ReferenceError: greetign is not defined`. */
const errorInOption = /\b([A-Z][A-Za-z]*(?:Error|Exception))\b/gu

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
  const chosen = chosenOption(parent, index)
  if (!chosen) return undefined
  const names = chosen.text.match(errorInOption) ?? []
  if (names.length !== 1) return undefined
  return {
    postLine: chosen.answerLine,
    name: names[0],
    sentence: `${chosen.answer} (${chosen.letter}: ${chosen.text})`,
    chosen: true,
  }
}

/** Whether an option's text names an error (`TypeError`, `Error`), which the sample is to raise rather than print. */
export function namesError(text: string): boolean {
  return (text.match(errorInOption) ?? []).length > 0 || /\bError\b/u.test(text)
}
