/**
 * The code's string literals that open with spaces (`console.log(' before ')`,
 * `print("  之前")`), as written: a printed line opening with such a literal
 * is shown without its spaces on many blogs (a Markdown renderer, a copy
 * from the terminal), so those spaces are not compared where the post shows
 * the line so. Other indentation (a pretty-printer's, a tree's) still is.
 */
export function spacedLiterals(code: string): string[] {
  const literals: string[] = []
  for (const match of code.matchAll(/(['"`])( +[^'"`\n]*?\S[^'"`\n]*?)\1/gu)) {
    if (match[2]) literals.push(match[2].trimEnd())
  }
  return literals
}

/** `line` without the spaces of the spaced literal it opens with. */
export function withoutLiteralSpaces(line: string, literals: readonly string[]): string {
  const literal = literals.find((text) => line.startsWith(text))
  return literal === undefined ? line : line.trimStart()
}
