/** A label opening a line of output: `输出: `, `Output: `, `结果：`. */
const label = /^(输出|输出结果|结果|运行结果|output|result)\s*[:：]\s*(?=\S)/iu

/**
 * An output block whose every line the author opened with the same label
 * (`输出: ['apple', 'banana']` / `输出: ['a', 'b,c']`), one label per printed
 * line: the lines without it, when the code has no string holding the label
 * (so a program printing `Output: 3` keeps it compared). At least two lines;
 * `undefined` otherwise.
 */
export function withoutLineLabels(lines: readonly string[], code: string): string[] | undefined {
  const shown = lines.filter((line) => line.trim() !== '')
  if (shown.length < 2) return undefined
  const first = label.exec(shown[0] ?? '')?.[1]
  if (!first) return undefined
  if (!shown.every((line) => label.exec(line)?.[1] === first)) return undefined
  if (code.toLowerCase().includes(first.toLowerCase())) return undefined
  return lines.map((line) => line.replace(label, ''))
}
