/**
 * The output block of a post rendered by knitr (R Markdown, bookdown,
 * blogdown, Quarto): knitr writes every line a chunk prints with its
 * `comment` prefix, `## ` (a bare `##` for a blank line), so the reader
 * tells output from code at a glance. The prefix is knitr's, not the
 * program's: the block's lines without it. `undefined` when some line lacks
 * it, or when the sample itself writes `##` (a program printing Markdown
 * headings), whose lines are then compared as written.
 */
export function knitrOutputLines(lines: readonly string[], code: string): string[] | undefined {
  const content = lines.filter((line) => line.trim() !== '')
  if (content.length === 0 || !content.every((line) => knitrPrefix.test(line))) return undefined
  if (code.includes('##')) return undefined
  return lines.map((line) => line.replace(knitrPrefix, ''))
}

/** knitr's default `comment = "##"` and the space after it, or `##` alone ending a blank line. */
const knitrPrefix = /^##(?: |$)/
