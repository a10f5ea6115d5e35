import escapeStringRegexp from 'escape-string-regexp'

/**
 * Node's error excerpt (`file:LINE`, the source line, a caret under the
 * column) shown with the author's line where the program run had a line
 * rewritten by postdeck (the markers and value prints of `instrument.ts`
 * share the author's lines, so line numbers stay true): an error must quote
 * the code of the post. The caret is put under the same word of the
 * author's line, or left out when that word is not found there. Bash's
 * syntax error quoting the line it could not parse quotes the author's line.
 */
export function withAuthorsLines(
  output: string,
  programPath: string,
  program: string,
  authored: string,
): string {
  if (program === authored) return output
  const run = program.split('\n')
  const own = authored.split('\n')
  /** The column in the author's line of the word at `column` (1-based) of the program's line. */
  const authorColumn = (index: number, column: number): number | undefined => {
    const text = run[index]
    const authorLine = own[index]
    if (text === undefined || authorLine === undefined || text === authorLine) return column
    const word = /^[\p{L}\p{N}_$]+/u.exec(text.slice(column - 1))?.[0]
    const at = word === undefined ? -1 : wordIndex(authorLine, word)
    return at < 0 ? undefined : at + 1
  }
  const path = escapeStringRegexp(programPath)
  const excerpt = new RegExp(`^(${path}:(\\d+)\\n)(.*)\\n(?:( *)(\\^+)[^\\S\\n]*\\n)?`, 'gm')
  // Stack frames name the column of the author's line; a word not found there leaves the line alone.
  const framed = output.replace(
    new RegExp(`(${path}:(\\d+)):(\\d+)`, 'g'),
    (_whole, place: string, line: string, column: string) => {
      const authored = authorColumn(Number(line) - 1, Number(column))
      return authored === undefined ? place : `${place}:${authored}`
    },
  )
  // Bash quotes the line of its syntax error after the message (`file: line 21: \`TEXT'`).
  const quoted = new RegExp(`^(${path}: line (\\d+): \`)(.*)'$`, 'gm')
  const shellQuoted = framed.replace(quoted, (whole, head: string, line: string, text: string) => {
    const authorLine = own[Number(line) - 1]
    return authorLine === undefined || run[Number(line) - 1] !== text
      ? whole
      : `${head}${authorLine}'`
  })
  return shellQuoted.replace(
    excerpt,
    (whole, head: string, line: string, text: string, indent?: string, carets?: string) => {
      const index = Number(line) - 1
      const authorLine = own[index]
      if (authorLine === undefined || run[index] !== text || authorLine === text) return whole
      if (indent === undefined || carets === undefined) return `${head}${authorLine}\n`
      const word = /^[\p{L}\p{N}_$]+/u.exec(text.slice(indent.length))?.[0]
      const at = word === undefined ? -1 : wordIndex(authorLine, word)
      return at < 0
        ? `${head}${authorLine}\n`
        : `${head}${authorLine}\n${' '.repeat(at)}${carets}\n`
    },
  )
}

/** Where `word` first stands as a whole word in `line`, or -1. */
function wordIndex(line: string, word: string): number {
  const match = new RegExp(
    `(?<![\\p{L}\\p{N}_$])${escapeStringRegexp(word)}(?![\\p{L}\\p{N}_$])`,
    'u',
  ).exec(line)
  return match?.index ?? -1
}
