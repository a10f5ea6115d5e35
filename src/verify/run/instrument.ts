import type { OutputPart } from '../read/documented-output.js'
import { topLevelStatements } from '../read/statements.js'
import type { Runner } from '../runners.js'

/**
 * The code of a JavaScript, TypeScript or shell sample with marker lines
 * printed around the statements whose output the post documents
 * (`MARKER:part:I:K:start|end`), inserted at statement boundaries found
 * from the syntax tree, on existing lines so line numbers stay true. A
 * `value` part that is a bare expression prints its value as the REPL
 * shows it (`console.dir`).
 */
export function instrumentParts(
  runner: Runner,
  code: string,
  parts: readonly OutputPart[],
  marker: string,
  sampleIndex: number,
): string {
  const statements = topLevelStatements(runner, code)
  if (!statements || parts.length === 0) return code
  const shell = runner.id === 'bash' || runner.id === 'sh' || runner.id === 'zsh'
  const print = (tag: string) =>
    shell
      ? // The status a command left (`$?`) outlives the marker, for the next command to read.
        `__postdeck_status=$?; printf '\\n%s\\n' '${marker}:${tag}'; (exit $__postdeck_status); `
      : `process.stdout.write(${JSON.stringify(`\n${marker}:${tag}\n`)});`
  // Applied from the end; at one place a replaced expression goes last, after starts and then ends.
  const edits: Array<{ at: number; end: number; text: string; rank: number }> = []
  parts.forEach((part, k) => {
    const covered = statements.filter((s) => s.from <= part.to && s.to >= part.from)
    const first = covered[0]
    const last = covered.at(-1)
    if (!first || !last) return
    const tag = `part:${sampleIndex}:${k}`
    edits.push({ at: first.start, end: first.start, text: print(`${tag}:start`), rank: 1 })
    if (part.value && !shell && covered.length === 1 && first.expression) {
      const expression = first.text.replace(/;\s*$/, '')
      edits.push({
        at: first.start,
        end: first.end,
        text: `console.dir((${expression}));`,
        rank: 0,
      })
    }
    const next = statements[statements.indexOf(last) + 1]
    const at = next ? next.start : code.length
    edits.push({
      at,
      end: at,
      text: next ? print(`${tag}:end`) : `\n${print(`${tag}:end`)}`,
      rank: 2,
    })
  })
  let result = code
  for (const edit of edits.sort((a, b) => b.at - a.at || a.rank - b.rank)) {
    result = result.slice(0, edit.at) + edit.text + result.slice(edit.end)
  }
  return result
}
