/** `# Print: a+b`, `# Output: 3`, `# 输出：3`, `# => 3`: a comment giving what the command above printed. */
const commentedValue =
  /^\s*#\s*(?:(?:prints?|output|outputs|result|输出|结果)\s*[:：]|=>)\s*(\S.*?)\s*$/iu

/** A `#` comment line: the author's note when it follows the values. */
const commentLine = /^\s*#/

/**
 * The lines under a command of a transcript when the author wrote what it
 * printed as comments naming it (`$ echo $c` / `# Print: a+b`), as a reader
 * pasting the fence whole would keep them: the values, or `undefined` when
 * any line under the command is something else (a `# note` stays a line of
 * output, compared as written, and prose after the output is read as such).
 * `#` comments after the values, not naming output, are the author's notes
 * on them (`# output: 20 testfile` / `# this means 20 words`): the values
 * alone.
 */
export function commentedValues(lines: readonly string[]): string[] | undefined {
  const shown = lines.filter((line) => line.trim() !== '')
  if (shown.length === 0) return undefined
  const values = shown.map((line) => commentedValue.exec(line)?.[1])
  const named = values.findIndex((value) => value === undefined)
  const count = named === -1 ? values.length : named
  if (count === 0 || !shown.slice(count).every((line) => commentLine.test(line))) return undefined
  return values.slice(0, count) as string[]
}
