import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import { isOutputHeading } from '../comments/output-headings.js'
import { type DocumentedOutput, uncomment } from '../documented-output.js'

/** The words of a marker comment alone: `# output`, `// print:`, `## 输出结果`, `# Result:`. */
const markerWords =
  /^(?:output|outputs|result|results|print|prints|输出|输出结果|运行结果|执行结果|结果)\s*[:：]?$/iu
/** Languages whose samples such a marker is read in; a shell's pasted output is pasted-output.ts's. */
const languages = new Set(['python', 'javascript', 'typescript'])

/**
 * Output pasted into a Python or JavaScript sample after its code, under a
 * comment that only says so (`# output` / `Original list: [99, 2, 3]`,
 * `## 输出结果` / `clocked`, `// print:` / `Failed to connect`): the lines
 * under the marker, to the end of the sample, are what the code above it
 * prints, not code. They become blank lines (every line keeps its number)
 * and the output documented. Only when the sample does not parse as
 * written and does once they are blank, so code under a comment heading it
 * (`# output` / `print(x)`) is never taken for output.
 */
export function markedRawOutput(
  code: string,
  fenceLine: number,
  runner: Runner,
): { code: string; expected: DocumentedOutput } | undefined {
  if (!languages.has(runner.id)) return undefined
  const lines = code.split('\n')
  let end = lines.length
  while (end > 0 && !lines[end - 1]?.trim()) end--
  const marker = lines.findLastIndex((line) => {
    const text = uncomment(line, runner.commentPrefixes)?.trim()
    return text !== undefined && (markerWords.test(text) || isOutputHeading(text))
  })
  if (marker <= 0 || marker + 1 >= end) return undefined
  const pasted = lines.slice(marker + 1, end)
  if (pasted.some((line) => uncomment(line, runner.commentPrefixes) !== undefined)) return undefined
  if (
    !lines.slice(0, marker).some((line) => line.trim() && !uncomment(line, runner.commentPrefixes))
  )
    return undefined
  if (topLevelStatements(runner, code)) return undefined
  const bare = lines.map((line, index) => (index > marker ? '' : line)).join('\n')
  if (!topLevelStatements(runner, bare)) return undefined
  const indent = /^\s*/.exec(lines[marker] ?? '')?.[0] ?? ''
  const output = pasted.map((line) =>
    (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()).trimEnd(),
  )
  const lineNumbers = output.map((_, offset) => fenceLine + 2 + marker + offset)
  return {
    code: bare,
    expected: {
      kind: 'statements',
      lines: output,
      lineNumbers,
      parts: [{ from: 1, to: marker, value: false, pasted: true, lines: output, lineNumbers }],
      reason: `output pasted into the code under \`${(lines[marker] ?? '').trim()}\` at line ${fenceLine + 1 + marker}`,
    },
  }
}
