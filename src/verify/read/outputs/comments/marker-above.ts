import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput, OutputPart } from '../documented-output.js'
import { outputMarker, uncomment } from '../documented-output.js'

/** Calls that print their arguments. */
const printCall = /^(?:print|console\.(?:log|info|error|warn|dir|table)|echo|printf)\b/

/**
 * Outputs each documented by a one-line `// 输出：test.js` comment right
 * ABOVE the print call it belongs to, as a caption of it, each marker
 * starting the code or standing after a blank line:
 *
 *     var path = require('path');
 *
 *     // 输出：test.js
 *     console.log( path.basename('/tmp/demo/js/test.js') );
 *
 * Taken only when every marker comment of the sample reads so (the usual
 * `# Output:` block under the code it documents is read elsewhere).
 */
export function markerAboveOutputs(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  const lines = code.split('\n')
  const markers = lines.flatMap((line, index) => {
    if (/^\s/.test(line)) return []
    const text = uncomment(line, runner.commentPrefixes)
    const value = text === undefined ? undefined : outputMarker.exec(text.trim())?.[1]?.trim()
    return text !== undefined && outputMarker.test(text.trim()) ? [{ index, value }] : []
  })
  if (markers.length === 0) return undefined
  const statements = topLevelStatements(runner, code)
  if (!statements) return undefined
  const parts: OutputPart[] = []
  for (const { index, value } of markers) {
    const before = index === 0 ? '' : (lines[index - 1] ?? '')
    const statement = statements.find((s) => s.from === index + 2)
    if (!value || before.trim() !== '' || !statement || !printCall.test(statement.text.trim())) {
      return undefined
    }
    parts.push({
      from: statement.from,
      to: statement.to,
      value: false,
      lines: [value],
      lineNumbers: [fenceLine + index + 1],
    })
  }
  return {
    kind: 'statements',
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
    parts,
    reason: `${parts.length} output${parts.length === 1 ? '' : 's'} documented in a comment above the statement printing ${parts.length === 1 ? 'it' : 'them'}, from line ${parts[0]?.lineNumbers[0] ?? fenceLine}`,
  }
}
