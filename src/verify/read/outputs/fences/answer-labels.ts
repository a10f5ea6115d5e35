/** A label opening an answer block's first line: `答案:`, `Answer:`, `输出：`. */
const answerLabel =
  /^(\s*(?:参考答案|答案|输出结果|输出|运行结果|结果|answer|output|result)\s*[:：]\s*)(?=\S)/iu
/** A label opening the explanation after the answer: `解析:`, `Explanation:`. */
const explanationLabel = /^\s*(?:解析|分析|解释|原因|说明|explanation|reason|why)\s*[:：]/iu

/**
 * The answer of a quiz's answer block: its first line opens with a label
 * (`答案: [ 1, 2, 0, 1, 2, 3 ]`, `Answer: 3`) and a later line opens the
 * explanation (`解析: …`, `Explanation: …`), the output being the value after
 * the label and the lines under it up to the explanation, those lines set
 * back by the label's width when the author aligned them under the value
 * (`答案:  {` / `        '2': 1,` / `      }`); or a block of that one labelled
 * line alone. Only when the code has no
 * string holding the label (a program printing `Answer: 3` keeps it
 * compared); `undefined` otherwise.
 */
export function answerLines(lines: readonly string[], code: string): string[] | undefined {
  const first = lines.findIndex((line) => line.trim() !== '')
  const label = answerLabel.exec(lines[first] ?? '')?.[1]
  if (first < 0 || label === undefined) return undefined
  const explanation = lines.findIndex((line, index) => index > first && explanationLabel.test(line))
  // With no explanation, the label must open the only line: `答案: [ 1, NaN, NaN ]`.
  const alone = lines.every((line, index) => index === first || line.trim() === '')
  if (explanation < 0 && !alone) return undefined
  if (
    code.toLowerCase().includes(
      label
        .trim()
        .replace(/[:：]$/u, '')
        .toLowerCase(),
    )
  )
    return undefined
  const width = label.length
  const under = lines
    .slice(first + 1, explanation < 0 ? lines.length : explanation)
    .map((line) => (line.slice(0, width).trim() === '' ? line.slice(width) : line))
  return [...lines.slice(0, first), (lines[first] ?? '').slice(width), ...under]
}
