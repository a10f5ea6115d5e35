const openers: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/**
 * Whether the text between a `{` and its `}` is a dict display's
 * (`'a': 1, 'b': 2`), not a set's (`'a', 'b'`): a `:` outside strings and
 * nested brackets. Python keeps a dict's insertion order (a language
 * guarantee since 3.7), so a dict shown with its keys in another order is
 * another dict display, never a value that varies, unlike a set of strings,
 * whose order changes with the hash seed of each run.
 */
export function isDictDisplay(inner: string): boolean {
  const closers: string[] = []
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index] ?? ''
    if (char === '"' || char === "'") {
      let end = index + 1
      while (end < inner.length && inner[end] !== char) end += inner[end] === '\\' ? 2 : 1
      if (end >= inner.length) return false
      index = end
    } else if (openers[char]) {
      closers.push(openers[char] ?? '')
    } else if (char === closers.at(-1)) {
      closers.pop()
    } else if (char === ':' && closers.length === 0) {
      return true
    }
  }
  return false
}
