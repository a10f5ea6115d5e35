/**
 * Warnings an interpreter prints on stderr beside a sample's output:
 * Python's warnings module (`file.py:3: SyntaxWarning: message`, then the
 * source line indented) and Node's process warnings (`(node:123)
 * [DEP0005] DeprecationWarning: message`, then its `(Use `node --trace-...`
 * line). doctest compares stdout only and pytest collects warnings into a
 * summary of their own; likewise a warning the documented output does not
 * show is set aside, told to the reader, and not compared. A post that shows
 * a warning has it compared with the rest.
 */

const pythonWarning = /^\S[^\n]*?:\d+: (?:[A-Za-z_][\w.]*)?Warning: .*$/
const nodeWarning = /^\(node:\d+\) (?:\[\w+\] )?(?:[A-Za-z_]\w*)?Warning: .*$/
const nodeHint = /^\(Use `node --trace-[\w-]+ \.\.\.` to show where the warning was created\)$/
/** A warning's name and message, as a documented line shows it. */
const warningName = /\b[A-Za-z_]*Warning: /

/** Whether documented output lines show a warning, so the warnings of the run are compared. */
export function showsWarning(lines: readonly string[]): boolean {
  return lines.some((line) => warningName.test(line))
}

/** An output with its warnings taken out, and the first line of each warning. */
export interface WithoutWarnings {
  output: string
  warnings: string[]
}

/** Take the warnings out of an output; the rest of it stays as it was. */
export function setAsideWarnings(output: string): WithoutWarnings {
  const lines = output.split('\n')
  const kept: string[] = []
  const warnings: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (pythonWarning.test(line)) {
      warnings.push(line.replace(/^.*?:\d+: /, ''))
      // The source line Python shows under it, indented by two spaces.
      if (/^ {2}\S/.test(lines[index + 1] ?? '')) index++
    } else if (nodeWarning.test(line)) {
      warnings.push(line.replace(/^\(node:\d+\) (?:\[\w+\] )?/, ''))
      if (nodeHint.test(lines[index + 1] ?? '')) index++
    } else {
      kept.push(line)
    }
  }
  return { output: kept.join('\n'), warnings }
}
