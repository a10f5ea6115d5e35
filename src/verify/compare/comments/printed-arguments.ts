import { parseConsoleValues } from '../values/console-values.js'

/** A string literal in single, double or back quotes. */
const stringLiteral = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/gu

/**
 * A display of several values side by side, the arguments of one print
 * (`console.log(a, b)`, `print(key, value)`), written with its strings
 * quoted as literals (`// '1' '2'`, `// "foo" 3`), put as the print shows
 * them: the strings among the arguments bare (`1 2`, `foo 3`), the strings
 * inside an array or object still quoted, as consoles quote them there.
 * `undefined` unless the display reads as two values or more, a quoted
 * string among them.
 */
export function withBareArguments(display: string): string | undefined {
  const text = display.trim()
  const values = parseConsoleValues(text)
  if (!values || values.length < 2 || !values.some((value) => value.kind === 'string')) {
    return undefined
  }
  const bare = bareStrings(text)
  return bare === text ? undefined : bare
}

/**
 * Values side by side as a print shows them, when the text is values only
 * (`"bar"` before the `{}` on `// "bar" {}`): its strings outside brackets
 * bare (`bar`). Other text is returned as it is.
 */
export function printedText(text: string): string {
  return parseConsoleValues(text) ? bareStrings(text.trim()) : text
}

/** The text with its string literals outside brackets unquoted. */
function bareStrings(text: string): string {
  let bare = ''
  let last = 0
  for (const match of text.matchAll(stringLiteral)) {
    if (depthOf(text.slice(0, match.index)) !== 0) continue
    bare += text.slice(last, match.index) + (match[2] ?? '')
    last = match.index + match[0].length
  }
  return bare + text.slice(last)
}

/** How many brackets a text leaves open, outside its strings. */
function depthOf(text: string): number {
  const bare = text.replace(stringLiteral, '""')
  return (bare.match(/[[{(]/gu)?.length ?? 0) - (bare.match(/[\]})]/gu)?.length ?? 0)
}
