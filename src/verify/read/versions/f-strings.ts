/**
 * Whether a line of Python code holds an f-string: a string literal whose
 * prefix has an `f` (`f"..."`, `rf'...'`, `F"""`). The line is read as
 * Python's tokenizer reads it, string by string, so a literal that merely
 * ends in `f` (`"x-f"`, `'-f'`, `"%f"`) is not one: the quote after its `f`
 * closes that string rather than opening another. A `#` outside a string
 * ends the line.
 */
export function hasFString(line: string): boolean {
  let i = 0
  while (i < line.length) {
    const c = line[i]
    if (c === '#') return false
    if (c !== "'" && c !== '"') {
      i++
      continue
    }
    const prefix = /(?<![\w'"])([rRbBuUfF]{1,2})$/u.exec(line.slice(0, i))?.[1] ?? ''
    if (/[fF]/u.test(prefix)) return true
    const quote = line.startsWith(c.repeat(3), i) ? c.repeat(3) : c
    i += quote.length
    while (i < line.length && !line.startsWith(quote, i)) i += line[i] === '\\' ? 2 : 1
    i += quote.length
  }
  return false
}
