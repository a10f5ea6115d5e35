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

/**
 * The words of the code's string literals that end in a space and are
 * followed by another argument (`console.log('total: ', n)`,
 * `print("和为: ", s)`): the print puts a space of its own between its
 * arguments, so the line holds two (`total:  6`), which posts write as one.
 */
export function labelLiterals(code: string): string[] {
  const labels: string[] = []
  for (const match of code.matchAll(/(['"])([^'"\n]*\S) +\1\s*,/gu)) {
    if (match[2]) labels.push(match[2].trimStart())
  }
  return labels
}

/** `line` with the spaces after the label literal it opens with (`labelLiterals`) made one. */
export function withOneSpaceAfterLabel(line: string, labels: readonly string[]): string {
  const label = labels.find((text) => line.startsWith(`${text} `))
  return label === undefined ? line : `${label} ${line.slice(label.length).trimStart()}`
}
