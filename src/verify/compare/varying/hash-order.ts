import { isDictDisplay } from '../values/dict-displays.js'

/**
 * Hash order: the elements of a set literal, or of Python 2's `set([...])`,
 * printed in whatever order the run's hashes give; sorted, so two runs' prints
 * compare as the same elements. A dict's views (`dict_keys([...])`,
 * `dict_values`, `dict_items`) are not among them: like the dict itself, they
 * keep insertion order (Python 3.7 and later), so a view shown in another order
 * is a stale display.
 */

const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
/** Python's sets printed around a list: `set([...])` (Python 2), `frozenset([...])`. */
const unorderedList = /\b(?:set|frozenset)\($/

/**
 * The line with the elements of every set or dict literal sorted, keeping
 * the spacing between them (with `stringSequences`, those of every list or
 * tuple of strings too: made from a set of strings); `undefined` when its brackets or quotes do not
 * balance, so nothing is reordered on a guess.
 */
export function hashOrder(line: string, stringSequences = false): string | undefined {
  const read = readUntil(line, 0, undefined, stringSequences)
  return read?.text
}

/** A group's elements are all string literals (`'click', 'httpx'`). */
const onlyStrings = /^\s*(?:(['"])[^'"]*\1\s*,\s*)+(['"])[^'"]*\2\s*,?\s*$/

function readUntil(
  line: string,
  start: number,
  closer: string | undefined,
  stringSequences: boolean,
): { text: string; end: number } | undefined {
  let text = ''
  let index = start
  while (index < line.length) {
    const char = line[index] ?? ''
    if (char === closer) return { text, end: index }
    if (char === ')' || char === ']' || char === '}') return undefined
    if ((char === '"' || char === "'") && !/\w/.test(line[index - 1] ?? '')) {
      const end = stringEnd(line, index)
      if (end === undefined) return undefined
      text += line.slice(index, end)
      index = end
      continue
    }
    const inner = closers[char]
    if (inner) {
      const group = readUntil(line, index + 1, inner, stringSequences)
      if (!group) return undefined
      const unordered =
        ((char === '{' && !isDictDisplay(group.text)) ||
          (char === '[' && unorderedList.test(line.slice(0, index))) ||
          (stringSequences && onlyStrings.test(group.text))) &&
        group.text.trim() !== ''
      text += char + (unordered ? sortElements(group.text) : group.text) + inner
      index = group.end + 1
      continue
    }
    text += char
    index++
  }
  return closer === undefined ? { text, end: index } : undefined
}

/** Where the string literal opening at `start` ends (after its closing quote). */
function stringEnd(line: string, start: number): number | undefined {
  const quote = line[start]
  for (let index = start + 1; index < line.length; index++) {
    if (line[index] === '\\') index++
    else if (line[index] === quote) return index + 1
  }
  return undefined
}

/** Comma-separated elements (balanced, as `readUntil` checked), sorted; spacing stays in place. */
function sortElements(content: string): string {
  const parts = splitTopLevel(content)
  const trailing = parts.at(-1)?.trim() === '' ? parts.pop() : undefined
  const padding = parts.map((part) => /^(\s*)[\s\S]*?(\s*)$/.exec(part) ?? ['', '', ''])
  const sorted = parts.map((part) => part.trim()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const joined = sorted.map((element, index) => {
    const [, before = '', after = ''] = padding[index] ?? []
    return before + element + after
  })
  return [...joined, ...(trailing === undefined ? [] : [trailing])].join(',')
}

function splitTopLevel(content: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let index = 0; index < content.length; index++) {
    const char = content[index] ?? ''
    if ((char === '"' || char === "'") && !/\w/.test(content[index - 1] ?? '')) {
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
