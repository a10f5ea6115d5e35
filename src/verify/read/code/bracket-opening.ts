/**
 * The line (1-based) that opens the brackets a closing line closes: the
 * `Object.defineProperty(a, 'x', {` over the `});` a comment ends, inside a
 * function's body as at the top level. `closing` is the code before that
 * line's comment; `undefined` when no line above opens them all. Strings and
 * line comments are left out of the count.
 */
export function bracketOpeningLine(
  lines: readonly string[],
  index: number,
  closing: string,
): number | undefined {
  const code = bare(closing)
  let depth = closers(code) - openers(code)
  if (depth <= 0) return undefined
  for (let above = index - 1; above >= 0; above--) {
    const before = bare(lines[above] ?? '')
    depth -= openers(before) - closers(before)
    if (depth <= 0) return above + 1
  }
  return undefined
}

/** A line's code without its string literals and its line comment. */
function bare(line: string): string {
  return line.replace(/(['"`])(?:\\.|(?!\1).)*\1/gu, '""').replace(/\/\/.*$/u, '')
}

function openers(code: string): number {
  return (code.match(/[([{]/gu) ?? []).length
}

function closers(code: string): number {
  return (code.match(/[)\]}]/gu) ?? []).length
}
