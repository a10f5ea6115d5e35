/**
 * A statement closed by a `;` that opens the next line, the leading semicolon of
 * semicolon-free styles (`const p = f` then `;[1, 2].filter(p) // [2]`), ends on its own
 * last line: its text without that `;`, so the line's value comment is the next
 * statement's, as a reader of that style reads it.
 */
export function withoutLeadingSemicolon(text: string): string {
  const trimmed = text.replace(/\n[ \t]*;$/, '')
  return trimmed === text ? text : trimmed.replace(/\s+$/, '')
}
