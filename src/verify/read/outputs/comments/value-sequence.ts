import { literalValue } from './repl-values.js'

/**
 * The values of a comment on a loop's one print that lists what each
 * iteration prints, comma-separated literals (`print(n)  # 1, 3, 5, 7, 9`,
 * `console.log(s) // 'a', 'b'`, `# [1, 2], [3, 4]`); `undefined` for a
 * comment that is not such a list: one value, words (`John, then 30`), or
 * a list cut short (`1, 3, ...`). Such a comment is a claim about every
 * iteration, compared line by line as a doctest compares its output.
 */
export function valueSequence(comment: string): string[] | undefined {
  const items = topLevelItems(comment.trim())
  if (!items || items.length < 2) return undefined
  return items.every((item) => literalValue.test(item)) ? items : undefined
}

/**
 * The comment a loop printing `lines` documents, in the sequence form of
 * `written` (its quotes on values that are not literals already), for
 * `verify --update`; `undefined` when the lines cannot be written so.
 */
export function sequenceOf(lines: readonly string[], written: string): string | undefined {
  const quote = /^\s*(['"`])/.exec(written)?.[1]
  const items = lines.map((line) => {
    const text = line.trim()
    if (literalValue.test(text) && topLevelItems(text)?.length === 1) return text
    if (!quote || text.includes(quote)) return undefined
    return `${quote}${text}${quote}`
  })
  if (items.length < 2 || items.some((item) => item === undefined)) return undefined
  return items.join(', ')
}

/** `text` split at the commas outside quotes and brackets, each item trimmed; `undefined` if unbalanced. */
function topLevelItems(text: string): string[] | undefined {
  const items: string[] = []
  const closers: string[] = []
  let quote: string | undefined
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char
    } else if (char === '[' || char === '{' || char === '(') {
      closers.push(char === '[' ? ']' : char === '{' ? '}' : ')')
    } else if (char === ']' || char === '}' || char === ')') {
      if (closers.pop() !== char) return undefined
    } else if (char === ',' && closers.length === 0) {
      items.push(text.slice(start, index).trim())
      start = index + 1
    }
  }
  if (quote || closers.length > 0) return undefined
  items.push(text.slice(start).trim())
  return items
}
