/**
 * The documented lines of a part written as the terminal showed them (a
 * prompt transcript's output lines), for comparing with what ran: their
 * leading spaces are output (`echo "$A"` printing `  abc`), compared as
 * written. Only an indent that every documented line has and no printed line
 * starts with is dropped: the author's, setting the whole output off.
 */
export function asShownIndented(documented: readonly string[], actual: string): string[] {
  const written = documented.filter((line) => line.trim() !== '')
  const indents = written.map((line) => line.length - line.trimStart().length)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  const printedIndented = actual.split('\n').some((line) => /^[ \t]+\S/.test(line))
  if (common === 0 || printedIndented) return [...documented]
  return documented.map((line) => line.slice(Math.min(common, line.length)))
}

/** Whether the documented lines are the printed ones but for leading spaces: a difference of output, not of display. */
export function differsInIndentation(documented: readonly string[], actual: string): boolean {
  const printed = actual.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  const wanted = documented.map((line) => line.trimEnd())
  return (
    printed.length === wanted.length &&
    printed.some((line, at) => line.trimEnd() !== wanted[at]) &&
    printed.every((line, at) => line.trim() === wanted[at]?.trim())
  )
}
