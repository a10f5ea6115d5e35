/** A line that is only an error's name: `ReferenceError`, `TypeError`, `ValueError`. */
const bareName = /^\s*((?:[A-Z][A-Za-z]*)?(?:Error|Exception))\s*$/u

/**
 * An error shown by its name alone (`ReferenceError`, a quiz's answer
 * `答案: TypeError`): the post claims the type, not the message, as doctest's
 * IGNORE_EXCEPTION_DETAIL compares a traceback's last line. The real output's
 * line opening with that very name and a colon (`ReferenceError: message is
 * not defined`) keeps only the name; another type still differs.
 * `undefined` when no documented line is a bare error name.
 */
export function bareErrorNames(
  expected: readonly string[],
): ((line: string, side: 'expected' | 'actual') => string) | undefined {
  const names = new Set(expected.flatMap((line) => bareName.exec(line)?.[1] ?? []))
  if (names.size === 0) return undefined
  return (line, side) => {
    if (side === 'expected') return line
    const name = /^(?:Uncaught\s+)?([A-Z][A-Za-z]*(?:Error|Exception)):\s/u.exec(line)?.[1]
    return name !== undefined && names.has(name) ? name : line
  }
}

/**
 * Whether the documented output ends with an error's name alone, which the
 * code does not print itself (no string of it holds the name): the program
 * stops with that error, uncaught.
 */
export function endsWithErrorName(lines: readonly string[], code: string): boolean {
  const last = lines.findLast((line) => line.trim() !== '') ?? ''
  const name = bareName.exec(last)?.[1]
  return name !== undefined && !new RegExp(`['"\`][^'"\`\\n]*\\b${name}\\b`, 'u').test(code)
}
