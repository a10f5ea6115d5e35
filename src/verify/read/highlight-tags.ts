/** `<mark>` and `</mark>`, the HTML highlight tags some sites' renderers honour inside fences. */
const markTag = /<\/?mark>/g

/**
 * Whether a post writes the highlights of its code as `<mark>` tags, which
 * its site's renderer turns into highlighting the reader sees instead
 * (ponyfoo's `console.log(<mark>`${a}`</mark>)`): some fence of a language
 * postdeck runs has a `<mark>` tag outside any string, where it cannot be
 * code of that language. Tags that only ever sit inside strings are the
 * code's own text (`'<mark>' + hit + '</mark>'`), and stay.
 */
export function marksHighlightsWithTags(fences: readonly string[]): boolean {
  return fences.some(tagOutsideStrings)
}

/**
 * The code without the post's `<mark>` tags, inside strings too (the page
 * shows the text between them highlighted, not the tags). Lines keep their
 * numbers: the tags never span a line break, only what they wrap does.
 */
export function withoutHighlightTags(code: string): string {
  return code.replace(markTag, '')
}

/** Whether `code` has a `<mark>` tag outside quotes (`'`, `"`, `` ` ``), escapes respected. */
function tagOutsideStrings(code: string): boolean {
  let quote: string | undefined
  for (let index = 0; index < code.length; index++) {
    const char = code[index]
    if (quote) {
      if (char === '\\') index++
      else if (char === quote || (char === '\n' && quote !== '`')) quote = undefined
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char
    } else if (code.startsWith('<mark>', index) && code.includes('</mark>', index)) {
      return true
    }
  }
  return false
}
