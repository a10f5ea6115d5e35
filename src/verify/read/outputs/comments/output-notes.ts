import escapeStringRegexp from 'escape-string-regexp'

/**
 * A line of output in a comment without the author's note after it: the
 * comment prefix written again, set off from the value by a tab or two
 * spaces or more (`# ([1, 2],) <class 'tuple'>		# 返回元组`, `// 3   // the sum`).
 * A prefix after one space is the output's own (`# a # b`).
 */
export function withoutNote(text: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    const note = new RegExp(`(?:\\t|\\s{2,})${escapeStringRegexp(prefix)}\\s+\\S.*$`, 'u')
    const match = note.exec(text)
    if (match && match.index > 0 && text.slice(0, match.index).trim())
      return text.slice(0, match.index)
  }
  return text
}
