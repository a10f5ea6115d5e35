/**
 * Whether printed text is JSON laid out over lines with indentation, as
 * `JSON.stringify(value, null, 4)` or Python's `json.dumps(value, indent=4)`
 * write it, and the documented lines show it laid out so, line for line: the
 * spaces are the text's own, asked for by the code, so the comment showing
 * it keeps its indentation compared (`//   "name"` for four spaces is
 * another text), where a comment's leading spaces are otherwise its layout,
 * and no reading of the lines as a value makes them equal.
 */
export function showsIndentedJson(documented: readonly string[], printed: string): boolean {
  const lines = (text: readonly string[]) => text.filter((line) => line.trim() !== '').length
  if (lines(documented) !== lines(printed.split('\n')) || lines(documented) < 3) return false
  const text = printed.trim()
  if (!/^[[{]/.test(text) || !/^[ \t]+\S/m.test(text)) return false
  // JSON's indented layout holds one item a line; Node groups a long array's numbers several a
  // line, aligned (`   1,  2, 3,`), a console's display rather than text the code laid out.
  if (/,[ \t]*[^\s\]}]/u.test(text.replace(/"(?:\\.|[^"\\])*"/gu, '""'))) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * The step that takes the indentation every line of a side shares off its
 * lines, so that a comment block and the printed text are compared by the
 * indentation of each line relative to the others (a block written one
 * column in, `//  {`, still matches).
 */
export function withoutSharedIndent(
  expected: readonly string[],
  actual: readonly string[],
): (line: string, side: 'expected' | 'actual') => string {
  const shared = (lines: readonly string[]) =>
    Math.min(
      ...lines
        .filter((line) => line.trim() !== '')
        .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0),
    )
  const cut = { expected: shared(expected), actual: shared(actual) }
  return (line, side) => (line.trim() === '' ? line : line.slice(cut[side]))
}
