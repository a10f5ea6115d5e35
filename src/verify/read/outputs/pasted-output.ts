import type { Runner } from '../../runners.js'
import type { DocumentedOutput } from './documented-output.js'

/** A line that is only a value, as Python prints one: a list, dict, tuple, string, number. */
const valueLine = /^(?:\[.*\]|\{.*\}|\(.*\)|'[^']*'|"[^"]*"|-?\d[\d_.,eE+-]*|True|False|None)$/u

/**
 * Output pasted into the code, under the print it shows, as bare value lines
 * (`print(dir(datetime))` then `['MAXYEAR', ...]`): Python runs such a line as
 * an expression that prints nothing, but the reader is told it is the
 * output. Only at the end of a Python sample, right under a `print` call.
 */
export function pastedOutput(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (runner.id !== 'python') return undefined
  const lines = code.split('\n')
  let end = lines.length
  while (end > 0 && !lines[end - 1]?.trim()) end--
  let start = end
  while (start > 0 && valueLine.test(lines[start - 1]?.trim() ?? '')) start--
  const print = lines[start - 1] ?? ''
  if (start === end || !/^print\s*\(.*\)\s*$/.test(print)) return undefined
  const pasted = lines.slice(start, end)
  const lineNumbers = pasted.map((_, offset) => fenceLine + 1 + start + offset)
  return {
    kind: 'statements',
    lines: pasted,
    lineNumbers,
    parts: [{ from: start, to: start, value: false, lines: pasted, lineNumbers }],
    reason: `output pasted under the \`print\` at line ${fenceLine + start}, as a value line`,
  }
}
