/**
 * Whether output lines the author wrapped over several lines (`==> [['i',
 * 'want', 'to'],` / `     ['want', 'to', 'go']]`, a long list broken to fit
 * the page) are the one line the program printed: the same text once each
 * break and the spaces around it are read as one space, or as none (a break
 * right after `[`), and runs of spaces count as one, as doctest's
 * NORMALIZE_WHITESPACE reads a value IPython pretty-printed over lines.
 */
export function rewrappedLine(documented: readonly string[], actual: string): boolean {
  const printed = actual.replace(/\r?\n$/, '')
  if (documented.length < 2 || printed.includes('\n') || printed.trim() === '') return false
  // An object's address differs from run to run, as everywhere else (`<… at 0x7f35…>`).
  const squeeze = (text: string) =>
    text
      .replace(/\b0x[0-9a-fA-F]+\b/g, '0x…')
      .replace(/\s+/g, ' ')
      .trim()
  const lines = documented.map((line) => line.trim())
  const joined = lines.reduce((text, line) =>
    /[[({]$/.test(text) || /^[\])}]/.test(line) ? `${text}${line}` : `${text} ${line}`,
  )
  return squeeze(joined) === squeeze(printed)
}
