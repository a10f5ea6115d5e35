import { hashOrder } from './varying/hash-order.js'

/**
 * Whether two lines of Python output differ only in the order of the
 * elements of set displays (`{'b', 'a'}`, `frozenset({'a', 'b'})`): Python
 * salts the hashes of strings per run, so a set of strings prints in another
 * order each time. A dict (`{'a': 1}`) keeps insertion order and stays exact,
 * as do lists and tuples, but for lists and tuples of strings with
 * `stringSequences` (the code builds sets of strings, which they may come from).
 */
export function differsInSetOrderOnly(want: string, got: string, stringSequences = false): boolean {
  if (want === got) return false
  if (stringSequences) {
    const sorted = hashOrder(want, true)
    if (sorted !== undefined && sorted === hashOrder(got, true)) return true
  }
  const [wantSorted, gotSorted] = [setsSorted(want), setsSorted(got)]
  return wantSorted !== undefined && wantSorted === gotSorted
}

const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** The text with the elements of every set display sorted; `undefined` when brackets or quotes do not balance. */
function setsSorted(text: string): string | undefined {
  return readUntil(text, 0, undefined)?.text
}

function readUntil(
  text: string,
  start: number,
  closer: string | undefined,
): { text: string; end: number } | undefined {
  let result = ''
  let index = start
  while (index < text.length) {
    const char = text[index] ?? ''
    if (char === closer) return { text: result, end: index }
    if (char === ')' || char === ']' || char === '}') return undefined
    if (char === '"' || char === "'") {
      const end = stringEnd(text, index)
      if (end === undefined) return undefined
      result += text.slice(index, end)
      index = end
      continue
    }
    const inner = closers[char]
    if (inner) {
      const group = readUntil(text, index + 1, inner)
      if (!group) return undefined
      const elements = topLevel(group.text)
      const isSet =
        char === '{' && group.text.trim() !== '' && !elements.some((element) => isDictItem(element))
      const body = isSet
        ? elements
            .map((element) => element.trim())
            .sort()
            .join(', ')
        : group.text
      result += char + body + inner
      index = group.end + 1
      continue
    }
    result += char
    index++
  }
  return closer === undefined ? { text: result, end: index } : undefined
}

/** Where the string literal opening at `start` ends (after its closing quote). */
function stringEnd(text: string, start: number): number | undefined {
  const quote = text[start]
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++
    else if (text[index] === quote) return index + 1
  }
  return undefined
}

/** The comma-separated elements of a group's content, split at its top level only. */
function topLevel(content: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let index = 0; index < content.length; index++) {
    const char = content[index] ?? ''
    if (char === '"' || char === "'") {
      index = (stringEnd(content, index) ?? content.length) - 1
    } else if (char in closers) depth++
    else if (char === ')' || char === ']' || char === '}') depth--
    else if (char === ',' && depth === 0) {
      parts.push(content.slice(from, index))
      from = index + 1
    }
  }
  parts.push(content.slice(from))
  return parts
}

/** Whether an element, at its own top level, is a dict's `key: value`. */
function isDictItem(element: string): boolean {
  let depth = 0
  for (let index = 0; index < element.length; index++) {
    const char = element[index] ?? ''
    if (char === '"' || char === "'") {
      index = (stringEnd(element, index) ?? element.length) - 1
    } else if (char in closers) depth++
    else if (char === ')' || char === ']' || char === '}') depth--
    else if (char === ':' && depth === 0) return true
  }
  return false
}
