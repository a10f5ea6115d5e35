import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import { isOutputHeading } from '../comments/output-headings.js'
import { type DocumentedOutput, uncomment } from '../documented-output.js'

/**
 * The words of a marker comment alone: `# output`, `// print:`, `## 输出结果`, `# Result:`, framed
 * by a run of marks on both sides as some courses write it (`########## 输出 ##########`,
 * `# ----输出----`).
 */
const markerWords =
  /^(?:output|outputs|result|results|print|prints|输出|输出结果|运行结果|执行结果|结果)\s*[:：]?$|^(?:[-=#*]{2,}\s*)?(?:output|outputs|result|results|输出|输出结果|运行结果|执行结果|结果)\s*[-=#*]{2,}$/iu
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
 * (`# output` / `print(x)`) is never taken for output; or, in JavaScript,
 * when every line under the marker is a lone word, number or string a script
 * would evaluate and drop (`// 输出` / `Geeks`), under code that logs.
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
  // Several markers are several programs' outputs, each under its own code: not one output.
  if (lines.filter((line) => framedMarker.test(line)).length > 1) return undefined
  // Blank lines between the marker and the output are the page's spacing.
  let first = marker + 1
  while (first < end && !lines[first]?.trim()) first++
  if (first >= end) return undefined
  const pasted = lines.slice(first, end)
  // A traceback pasted there (a notebook's, under its `-----` rule) is read by the traceback readers, not here.
  if (pasted.some((line) => /Traceback \(most recent call last\)|^-{20,}\s*$/.test(line)))
    return undefined
  if (pasted.some((line) => uncomment(line, runner.commentPrefixes) !== undefined)) return undefined
  if (
    !lines.slice(0, marker).some((line) => line.trim() && !uncomment(line, runner.commentPrefixes))
  )
    return undefined
  if (topLevelStatements(runner, code) && !inertLines(pasted, lines.slice(0, marker), runner))
    return undefined
  const bare = lines.map((line, index) => (index > marker ? '' : line)).join('\n')
  if (!topLevelStatements(runner, bare)) return undefined
  const indent = /^\s*/.exec(lines[marker] ?? '')?.[0] ?? ''
  const output = pasted.map((line) =>
    (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()).trimEnd(),
  )
  const lineNumbers = output.map((_, offset) => fenceLine + 1 + first + offset)
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

/** A framed marker line (`########## 输出 ##########`), counted to tell one output from several. */
const framedMarker =
  /^\s*#*\s*[-=#*]{2,}\s*(?:output|outputs|result|results|输出|输出结果|运行结果|执行结果|结果)\s*[-=#*]{2,}\s*$/iu

/** A lone word, number or quoted string: a statement a script evaluates and drops. */
const inertLine = /^(?:[\p{L}\p{N}_$]+|-?\d[\d.]*|'[^']*'|"[^"]*")$/u

/** Whether the lines under a JavaScript marker are inert (see `inertLine`) under code that logs. */
function inertLines(pasted: readonly string[], above: readonly string[], runner: Runner): boolean {
  if (runner.id !== 'javascript' && runner.id !== 'typescript') return false
  if (!above.some((line) => /\bconsole\.(?:log|info)\s*\(/.test(line))) return false
  return pasted.every((line) => !line.trim() || inertLine.test(line.trim()))
}
