/** `# Print: a+b`, `# Output: 3`, `# 输出：3`, `# => 3`: a comment giving what the command above printed. */
const commentedValue =
  /^\s*#\s*(?:(?:prints?|output|outputs|result|输出|结果)\s*[:：]|=>)\s*(\S.*?)\s*$/iu

/**
 * The lines under a command of a transcript when the author wrote what it
 * printed as comments naming it (`$ echo $c` / `# Print: a+b`), as a reader
 * pasting the fence whole would keep them: the values, or `undefined` when
 * any line under the command is something else (a `# note` stays a line of
 * output, compared as written, and prose after the output is read as such).
 */
export function commentedValues(lines: readonly string[]): string[] | undefined {
  const shown = lines.filter((line) => line.trim() !== '')
  if (shown.length === 0) return undefined
  const values = shown.map((line) => commentedValue.exec(line)?.[1])
  return values.every((value) => value !== undefined) ? (values as string[]) : undefined
}
