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

/**
 * The one line a program printed, broken where the author broke its
 * wrapped display (`documented`), so a value that differs is told at the
 * documented line that differs rather than at the first: each documented
 * line takes as many of the printed line's non-space characters as it has
 * itself, keeping its own indentation; the last takes the rest.
 * `undefined` for lines that are not one value wrapped, or a value opened
 * otherwise than the documented one.
 */
export function wrappedLike(documented: readonly string[], actual: string): string | undefined {
  const printed = actual.replace(/\r?\n$/, '').trim()
  if (documented.length < 2 || printed.includes('\n') || printed === '') return undefined
  // The same kind of value, opened alike (`[[…` for `[[…`): not a string's repr set against its text.
  if (printed[0] !== documented[0]?.trim()[0]) return undefined
  const lines: string[] = []
  let at = 0
  documented.forEach((line, index) => {
    const indent = /^\s*/.exec(line)?.[0] ?? ''
    if (index === documented.length - 1) {
      lines.push(indent + printed.slice(at).trim())
      return
    }
    let wanted = line.replace(/\s+/g, '').length
    let end = at
    while (end < printed.length && (wanted > 0 || /\s/.test(printed[end] ?? ''))) {
      if (!/\s/.test(printed[end] ?? '')) wanted--
      end++
      if (wanted === 0) break
    }
    lines.push(indent + printed.slice(at, end).trim())
    at = end
  })
  return `${lines.join('\n')}\n`
}
