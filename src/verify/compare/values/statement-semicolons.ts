/**
 * A value display written in a comment as the statement the author copied it
 * into, a `;` after its closing bracket (`console.log(a)` then
 * `// ['first', 'second'];`, `// {first: 'react'};`): the statement's
 * semicolon, no character of the output. Only for an array or object display
 * (a line from `[` or `{` to its closing bracket) and only when no line of
 * the real output ends so, since a printed `};` (CSS, code) is output.
 */
const displayWithSemicolon = /^(\s*[[{].*[\]}])\s*;$/u

/** The step dropping such a semicolon from the documented lines, or `undefined` when none applies. */
export function statementSemicolons(
  expected: readonly string[],
  actualText: string,
): ((line: string, side: 'expected' | 'actual') => string) | undefined {
  if (!expected.some((line) => displayWithSemicolon.test(line))) return undefined
  if (actualText.split('\n').some((line) => /[\]}]\s*;\s*$/u.test(line))) return undefined
  return (line, side) => (side === 'expected' ? line.replace(displayWithSemicolon, '$1') : line)
}
