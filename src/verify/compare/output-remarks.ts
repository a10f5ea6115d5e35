/**
 * A JavaScript comment opening an output block, the author's words about
 * what follows rather than a line the program prints: `// after 2 seconds it
 * will print` over `It did not go well`, as course notes write it in the
 * output fence under a program. Only the lines before the first printed
 * line count, and only when the run printed no comment line itself, so a
 * program that prints `// ...` is still compared whole.
 */
const jsComment = /^\s*\/\/(?!\/)\s*\S/u
/** Files whose comment lines open with `//`. */
const slashCommented = /^\.[cm]?[jt]sx?$/i

/**
 * The indexes of the comment lines opening `expected`, an output block
 * shown under a JavaScript sample, to leave out of its comparison with
 * `actual`; none when the run printed a comment line of its own.
 */
export function openingRemarksLeftOut(
  kind: string,
  expected: readonly string[],
  actual: readonly string[],
  extension: string,
): number[] {
  if (kind !== 'block' || !slashCommented.test(extension)) return []
  if (actual.some((line) => jsComment.test(line))) return []
  const remarks: number[] = []
  for (const [index, line] of expected.entries()) {
    if (line.trim() === '') continue
    if (!jsComment.test(line)) break
    remarks.push(index)
  }
  // A block of comment lines alone is no output with a remark over it.
  return remarks.length < expected.filter((line) => line.trim() !== '').length ? remarks : []
}
