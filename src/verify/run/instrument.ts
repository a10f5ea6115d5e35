import { topLevelStatements } from '../read/code/statements.js'
import type { OutputPart } from '../read/outputs/documented-output.js'
import { isShellRunner } from '../runner-id.js'
import type { Runner } from '../runners.js'
import { realProcess } from './classic-script.js'

/**
 * How a value is shown, as Node's REPL shows it: with the type's own display
 * (`<Buffer 00 00>`, a class's `[util.inspect.custom]`), which `console.dir`
 * alone leaves out (`Buffer(2) [Uint8Array] [ 0, 0 ]`).
 */
const asRepl = '{ customInspect: true }'

/**
 * The code of a JavaScript, TypeScript or shell sample with marker lines
 * printed around the statements whose output the post documents
 * (`MARKER:part:I:K:start|end`), inserted at statement boundaries found
 * from the syntax tree, on existing lines so line numbers stay true. A
 * `value` part that is a bare expression prints its value as the REPL
 * shows it (`console.dir`), after a `value` marker; an `error` part's
 * expression is caught and its error printed (`Uncaught TypeError: ...`),
 * one said to be a `SyntaxError` compiled alone (through `eval`), as a
 * console compiles each input.
 */
export function instrumentParts(
  runner: Runner,
  code: string,
  parts: readonly OutputPart[],
  marker: string,
  sampleIndex: number,
): string {
  const statements = topLevelStatements(runner, code, { openBlocks: true })
  if (!statements || parts.length === 0) return code
  const shell = isShellRunner(runner)
  const print = (tag: string) =>
    shell
      ? // The status a command left (`$?`) outlives the marker, for the next command to read; a
        // part's end marker says it too (`:end:1`), so a command's error is known at its line.
        `__postdeck_status=$?; printf '\\n%s\\n' '${marker}:${tag}'${tag.endsWith(':end') ? '":$__postdeck_status"' : ''}; (exit $__postdeck_status); `
      : // Not the bare name: a sample may declare a `process` of its own, hoisted over the line, or
        // (run as a classic script) over the global one, which the loader keeps under a symbol first.
        `;${realProcess}.stdout.write(${JSON.stringify(`\n${marker}:${tag}\n`)});`
  // Applied from the end; at one place a replaced expression goes last, after starts and then ends.
  const edits: Array<{ at: number; end: number; text: string; rank: number }> = []
  parts.forEach((part, k) => {
    const covered = statements.filter((s) => s.from <= part.to && s.to >= part.from)
    const first = covered[0]
    const last = covered.at(-1)
    if (!first || !last) return
    const tag = `part:${sampleIndex}:${k}`
    edits.push({ at: first.start, end: first.start, text: print(`${tag}:start`), rank: 1 })
    const alone = !shell && covered.length === 1 && first.expression
    const expression = first.text.replace(/;\s*$/, '')
    if (part.value && alone) {
      // What the expression prints, then its value, as a REPL shows them.
      const slot = "globalThis[Symbol.for('postdeck.value')]"
      edits.push({
        at: first.start,
        end: first.end,
        text: `${slot} = (${expression});${print(`${tag}:value`)}console.dir(${slot}, ${asRepl});`,
        rank: 0,
      })
    } else if (part.shows !== undefined && !shell) {
      // An assignment's comment documents the name it binds: its value afterwards, as a REPL shows it.
      edits.push({
        at: last.end,
        end: last.end,
        text: `;${print(`${tag}:value`)}console.dir(${part.shows}, ${asRepl});`,
        rank: 3,
      })
    } else if (part.error && alone) {
      // The error the post says it raises, shown as a console shows it; the code after it runs on.
      // A syntax error is raised by that input alone, compiled on its own as a console compiles
      // each input (`/+/`), rather than refusing the whole program before it runs.
      const input =
        part.error.name === 'SyntaxError' ? `eval(${JSON.stringify(expression)})` : expression
      edits.push({
        at: first.start,
        end: first.end,
        text: `try { ${input}; } catch (postdeckError) { console.log('Uncaught ' + (postdeckError instanceof Error ? postdeckError.name + ': ' + postdeckError.message : String(postdeckError))); }`,
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
