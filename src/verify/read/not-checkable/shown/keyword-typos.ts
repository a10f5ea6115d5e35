import { nearSpelling } from '../needs/unloaded-namespace.js'
import { readsAsJavaScript } from './code-lines.js'

/**
 * JavaScript's keywords long enough that a near spelling of one is a typo of it,
 * not an English word (`var` and `for` are a letter away from `far` and `four`).
 */
const keywords = [
  'function',
  'return',
  'const',
  'while',
  'class',
  'async',
  'await',
  'export',
  'import',
  'typeof',
  'switch',
  'break',
  'continue',
  'throw',
  'delete',
  'extends',
  'instanceof',
]

/**
 * The keyword a line of a JavaScript sample misspells (`funciton foo() {`,
 * `functiong fly() {`, `retrun x;`), among lines of code: written right, the line
 * is a statement, and the nearest line of code above or below it reads as code
 * too, so the line is code with a typo, a real syntax error, not a line of
 * prose. `undefined` for any other line.
 */
export function keywordTypoAt(
  lines: readonly string[],
  index: number,
  typescript: boolean,
): string | undefined {
  const text = lines[index]?.trim() ?? ''
  const word = /^[A-Za-z]+(?=\s)/.exec(text)?.[0]
  if (word === undefined || keywords.includes(word)) return undefined
  const keyword = keywords.find(
    (candidate) => nearSpelling(word, candidate) || swapsTwoLetters(word, candidate),
  )
  if (keyword === undefined) return undefined
  if (!readsAsJavaScript(keyword + text.slice(word.length), typescript)) return undefined
  const neighbours = [nearestCode(lines, index, -1), nearestCode(lines, index, 1)]
  return neighbours.some((line) => line !== undefined && readsAsJavaScript(line, typescript))
    ? keyword
    : undefined
}

/** Whether `word` is `other` with two neighbouring letters swapped (`cosnt`, `retrun`). */
function swapsTwoLetters(word: string, other: string): boolean {
  if (word.length !== other.length) return false
  const differ = [...word].flatMap((letter, at) => (letter === other[at] ? [] : [at]))
  const [first, second] = differ
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    word[first] === other[second] &&
    word[second] === other[first]
  )
}

/** The nearest line in a direction that is neither blank nor a comment, without its trailing comment. */
function nearestCode(lines: readonly string[], index: number, step: 1 | -1): string | undefined {
  for (let at = index + step; at >= 0 && at < lines.length; at += step) {
    const text = (lines[at] ?? '').trim()
    if (text === '' || /^(?:\/\/|\/\*|\*)/.test(text)) continue
    return text.replace(/\s\/\/.*$/, '')
  }
  return undefined
}
